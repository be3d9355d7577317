/** What the window does when asked to close (plain logic; index.ts wires it to the dialog). */
export type CloseChoice = 'discard' | 'cancel';

export function shouldPromptOnClose(dirty: boolean, alreadyConfirmed: boolean): boolean {
  return dirty && !alreadyConfirmed;
}

export const CLOSE_PROMPT = {
  message: 'This design has unsaved changes.',
  detail: 'Close the window and lose them?',
  buttons: ['Close without saving', 'Cancel'],
  choices: ['discard', 'cancel'] as CloseChoice[],
};
