export { Checkbox } from "./checkbox";
export { FieldError } from "./field-error";
export { FieldHint } from "./field-hint";
export { fieldIds } from "./field-ids";
export { FormMessage } from "./form-message";
export { Select, type SelectOption } from "./select";
export { SubmitButton } from "./submit-button";
export { TextArea } from "./text-area";
export { TextField } from "./text-field";
