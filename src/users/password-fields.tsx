// The account form fields the sign-in, first-run setup, account and users pages share, so a
// password manager and assistive technology meet the same markup on each of them.
import { describedBy, Field } from '../views/admin-layout.js';

/** A new password with its rule as a hint (autocomplete lets a password manager offer one). */
export function NewPasswordField(props: {
  id: string;
  label: string;
  hint: string;
  error?: string | undefined;
  minLength: number;
}) {
  const { id, error } = props;
  return (
    <Field id={id} label={props.label} hint={props.hint} error={error}>
      <input
        id={id}
        name="password"
        type="password"
        autocomplete="new-password"
        minlength={props.minLength}
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
      />
    </Field>
  );
}

/** The six digits of an authenticator app (a space in the middle is accepted). */
export function TotpCodeField({ label }: { label: string }) {
  return (
    <Field id="code" label={label}>
      <input
        id="code"
        name="code"
        type="text"
        inputmode="numeric"
        pattern="[0-9 ]{6,7}"
        autocomplete="one-time-code"
        required
        class="admin-code"
      />
    </Field>
  );
}
