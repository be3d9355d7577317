/** The few jStat functions Archway uses (the package ships no types). */
declare module 'jstat' {
  interface JStat {
    studentt: { inv(p: number, dof: number): number };
    gamma: { inv(p: number, shape: number, scale: number): number; cdf(x: number, shape: number, scale: number): number };
  }
  const jStat: JStat;
  export default jStat;
}
