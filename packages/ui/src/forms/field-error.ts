// How an HDS input (TextInput, TextArea) shows the error of its field: the text under it, the invalid look, and
// aria-invalid for assistive technology; none of them when the field has no error.

export function fieldErrorProps(error: string | undefined): {
  errorText: string | undefined;
  invalid: boolean;
  'aria-invalid': boolean;
} {
  return { errorText: error, invalid: Boolean(error), 'aria-invalid': Boolean(error) };
}
