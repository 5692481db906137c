// A volunteer signing themselves up for an event, or cancelling (after confirming). Each sign-up is sent
// with its own idempotency key, so a double press signs up once and a later sign-up is a new one.
import { useMutation } from '@vue/apollo-composable';
import { CancelSignUpDocument, SignUpForEventDocument } from '../../../graphql/events';
import { firstError, isStale } from '../../../apollo/errors';
import { useErrorText } from '../../../composables/use-error-text';
import { newIdempotencyKey } from '../../../forms/idempotency';
import { useT } from '../../../locales/use-t';

export function useOwnSignUp() {
  const { t } = useT();
  const errorText = useErrorText();
  const signUpMutation = useMutation(SignUpForEventDocument);
  const cancelMutation = useMutation(CancelSignUpDocument);
  const keys = new Map<string, string>();

  const problemText = (err: unknown) => {
    const e = firstError(err);
    return isStale(err) ? t('forms.stale') : e ? errorText(e) : t('errors.code.INTERNAL');
  };

  /** Signs up; the outcome in words (a place, a place on the waitlist, or why not). */
  async function signUp(event: { id: string; title: string }): Promise<string> {
    const key = keys.get(event.id) ?? newIdempotencyKey();
    keys.set(event.id, key);
    try {
      const p = (await signUpMutation.mutate({ eventId: event.id, idempotencyKey: key }))?.data?.signUpForEvent;
      keys.delete(event.id);
      return p?.status === 'WAITLISTED'
        ? t('mySignUps.waitlisted', { title: event.title, position: p.waitlistPosition ?? '' })
        : t('mySignUps.signedUp', { title: event.title });
    } catch (err) {
      return problemText(err);
    }
  }

  /** Asks first; undefined when the volunteer keeps the sign-up. */
  async function cancel(p: { id: string; version: number }, title: string): Promise<string | undefined> {
    try {
      await ElMessageBox.confirm(t('mySignUps.cancelConfirm', { title }), t('mySignUps.cancelTitle'), {
        confirmButtonText: t('mySignUps.cancel'),
        cancelButtonText: t('signUps.keep'),
        type: 'warning',
      });
    } catch {
      return undefined;
    }
    try {
      await cancelMutation.mutate({ participationId: p.id, version: p.version });
      return t('mySignUps.cancelled', { title });
    } catch (err) {
      return problemText(err);
    }
  }

  return { signUp, cancel, signingUp: signUpMutation.loading, cancelling: cancelMutation.loading };
}
