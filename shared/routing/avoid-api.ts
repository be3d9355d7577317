/**
 * The part of libavoid-js (the WebAssembly build of Adaptagrams' libavoid) that the router
 * uses. The host loads the library — from the package in Node (shared/node/routing.ts), in
 * a Web Worker in the app — and passes the instance in, so shared/ stays free of Node and
 * of WebAssembly loading.
 */
export interface AvoidPoint {
  x: number;
  y: number;
}
export interface AvoidPolyLine {
  size(): number;
  get_ps(i: number): AvoidPoint;
}
export interface AvoidObject {
  readonly __avoidObject?: never;
}
export interface AvoidShapeRef extends AvoidObject {}
export interface AvoidConnRef extends AvoidObject {
  displayRoute(): AvoidPolyLine;
}
export interface AvoidPin extends AvoidObject {
  setExclusive(exclusive: boolean): void;
}
export interface AvoidRouter extends AvoidObject {
  processTransaction(): void;
  deleteConnector(conn: AvoidConnRef): void;
  deleteShape(shape: AvoidShapeRef): void;
  moveShape(shape: AvoidShapeRef, poly: AvoidObject): void;
  setRoutingParameter(parameter: number, value: number): void;
  setRoutingOption(option: number, value: boolean): void;
}

export interface AvoidApi {
  OrthogonalRouting: number;
  ConnDirUp: number;
  ConnDirDown: number;
  ConnDirLeft: number;
  ConnDirRight: number;
  shapeBufferDistance: number;
  idealNudgingDistance: number;
  segmentPenalty: number;
  nudgeOrthogonalSegmentsConnectedToShapes: number;
  nudgeSharedPathsWithCommonEndPoint: number;
  Router: new (flags: number) => AvoidRouter;
  Point: new (x: number, y: number) => AvoidObject & AvoidPoint;
  Rectangle: new (topLeft: AvoidObject, bottomRight: AvoidObject) => AvoidObject;
  ShapeRef: new (router: AvoidRouter, poly: AvoidObject) => AvoidShapeRef;
  ShapeConnectionPin: new (shape: AvoidShapeRef, classId: number, x: number, y: number, proportional: boolean, insideOffset: number, dirs: number) => AvoidPin;
  ConnEnd: new (shape: AvoidShapeRef, classId: number) => AvoidObject;
  ConnRef: new (router: AvoidRouter, src: AvoidObject, dst: AvoidObject) => AvoidConnRef;
  destroy(obj: AvoidObject): void;
}
