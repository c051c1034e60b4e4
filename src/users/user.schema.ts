// Input rules for accounts, shared by the CLI, the setup page and the users pages.
import { z } from 'zod';
import { maxPasswordLength, minPasswordLength } from './password.js';
import { roles } from '../kernel/permissions.js';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Enter a valid email address.' }).max(254));

export const passwordSchema = z
  .string()
  .min(minPasswordLength, `The password must have at least ${minPasswordLength} characters.`)
  .max(maxPasswordLength, `The password must have at most ${maxPasswordLength} characters.`);

export const roleSchema = z.enum(roles as ['admin', 'editor', 'author', 'contributor'], {
  error: `The role must be one of ${roles.join(', ')}.`,
});

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, 'Enter a name.').max(120, 'The name is too long.'),
  role: roleSchema,
  password: passwordSchema,
});

export type NewUserInput = z.input<typeof newUserSchema>;
