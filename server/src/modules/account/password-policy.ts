// The password policy, one place: long enough, mixed, not the username.
import { badInput } from '../../common/errors';

export function checkPasswordPolicy(password: string, username: string, field = 'password') {
  if (password.length < 10) throw badInput(field, 'The password must have at least 10 characters.');
  if (password.length > 128) throw badInput(field, 'The password must have at most 128 characters.');
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw badInput(field, 'The password must contain letters and digits.');
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    throw badInput(field, 'The password must not contain the username.');
  }
}
