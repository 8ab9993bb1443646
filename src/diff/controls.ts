// Terminal control sequences and control characters in text. They are not
// constitutional wording, but the engine keeps text exact, so it only makes sure
// a whole sequence is one token (a diff never splits `ESC[31m` into `ESC` and
// `[31m`); renderers strip them with the same pattern.

/** One CSI (`ESC [ … m` or one-byte `\u009b … m`), OSC, two-byte ESC sequence, or lone control character. */
export const CONTROL_SEQUENCE =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
