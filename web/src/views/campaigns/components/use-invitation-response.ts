// Answering an invitation for the viewer's own organisation; declining asks first. Kept in the page that
// lists the invitation, not in its buttons: the answer removes the buttons, and the outcome must still be said.
import { useMutation } from '@vue/apollo-composable';
import { RespondToCampaignInvitationDocument } from '../../../graphql/campaigns';
import { firstError, isStale } from '../../../apollo/errors';
import { useErrorText } from '../../../composables/use-error-text';
import { useT } from '../../../locales/use-t';

export interface Invitation {
  campaignId: string;
  campaignName: string;
  /** The partner record's version, as read. */
  version: number;
}

export function useInvitationResponse(report: (message: string) => void, reload: () => unknown) {
  const { t } = useT();
  const errorText = useErrorText();
  const { mutate, loading } = useMutation(RespondToCampaignInvitationDocument);

  async function respond(invitation: Invitation, accept: boolean): Promise<void> {
    const name = invitation.campaignName;
    if (!accept) {
      try {
        await ElMessageBox.confirm(t('invitations.declineConfirm', { name }), t('invitations.declineTitle'), {
          confirmButtonText: t('invitations.decline'),
          cancelButtonText: t('common.cancel'),
          type: 'warning',
        });
      } catch {
        return; // cancelled
      }
    }
    try {
      await mutate({ campaignId: invitation.campaignId, accept, version: invitation.version });
      report(t(accept ? 'invitations.accepted' : 'invitations.declined', { name }));
    } catch (err) {
      const stale = isStale(err);
      const e = firstError(err);
      report(stale ? t('forms.stale') : e ? errorText(e) : t('errors.code.INTERNAL'));
    }
    // Either way the page shows the partner list as it now is (a conflict means it changed).
    void reload();
  }

  return { respond, responding: loading };
}
