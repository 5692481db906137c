// Staff accounts the way the hub makes them: an admin invites, the invitee sets the password from
// the code sent to them (read here from the development outbox, as an admin could in development).
import { graphql } from '../generated';
import type { InviteAccountInput } from '../generated/graphql';
import { TEST_PASSWORD, type Client, type GqlResponse } from './server';

const INVITE = graphql(`
  mutation HelperInviteAccount($input: InviteAccountInput!) {
    inviteAccount(input: $input) {
      id
      status
      account {
        id
        username
      }
    }
  }
`);
const OUTBOX = graphql(`
  query HelperOutbox($recipient: String!) {
    accountCodeOutbox(first: 100, recipient: $recipient) {
      nodes {
        kind
        code
        link
      }
    }
  }
`);
const ACTIVATE = graphql(`
  mutation HelperActivate($code: String!, $password: String!) {
    activateAccount(code: $code, password: $password)
  }
`);

/** The latest code sent to a mobile number or e-mail address, as the admin `reader` sees the outbox. */
export async function codeSentTo(
  reader: Client,
  recipient: string,
): Promise<{ kind: string; code: string; link: string }> {
  const res = await reader.gql(OUTBOX, { recipient });
  if (res.errors) throw new Error(`outbox: ${JSON.stringify(res.errors)}`);
  const last = res.data.accountCodeOutbox.nodes.at(-1);
  if (!last) throw new Error(`no code was sent to ${recipient}`);
  return last;
}

export async function activate(anon: Client, code: string, password = TEST_PASSWORD) {
  return anon.gql(ACTIVATE, { code, password });
}

type Invited = GqlResponse<{
  inviteAccount: { id: string; status: string; account: { id: string; username: string } };
}>;

/**
 * `admin` invites `input` (by e-mail `<username>@example.org` unless a contact is given); when the
 * invitation succeeds the invitee activates with `password`. Returns the invitation's response.
 */
export async function inviteAndActivate(
  anon: Client,
  admin: Client,
  input: Omit<InviteAccountInput, 'displayName'> & { username: string; displayName?: string },
  password = TEST_PASSWORD,
): Promise<Invited> {
  const email = input.mobile || input.email ? input.email : `${input.username}@example.org`;
  const res = await admin.gql(INVITE, { input: { displayName: input.username, ...input, email } });
  if (res.errors) return res;
  const sent = await codeSentTo(admin, input.mobile ?? email!);
  const done = await activate(anon, sent.code, password);
  if (done.errors) throw new Error(`activation of ${input.username}: ${JSON.stringify(done.errors)}`);
  return res;
}
