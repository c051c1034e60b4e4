// Password hashing with argon2id (OWASP's first choice) and the rules a new password must meet.
import { hash, verify } from '@node-rs/argon2';

/** Argon2id, the OWASP minimum profile (19 MiB, 2 passes, 1 lane). */
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const minPasswordLength = 12;
export const maxPasswordLength = 1024;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** False for a wrong password or a malformed hash; never throws. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/** Spends the time of one verification, so an unknown email answers as slowly as a known one. */
export async function verifyDummyPassword(password: string): Promise<void> {
  dummy ??= hashPassword('dummy password that never matches anything');
  await verifyPassword(await dummy, password);
}

/** An error message in English for the CLI, or undefined when the password is acceptable. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < minPasswordLength) {
    return `The password must have at least ${minPasswordLength} characters.`;
  }
  if (password.length > maxPasswordLength) {
    return `The password must have at most ${maxPasswordLength} characters.`;
  }
  return undefined;
}
