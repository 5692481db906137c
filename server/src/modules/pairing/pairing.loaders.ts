// The two parties of pairings by name, as both sides see them. A pairing is read through the viewer's scope
// first; its parties' names then come with it, so the side asked to confirm sees whom it accepts (the
// volunteer's name) even where it may not read the volunteer's record. Names only: no other personal field.
import DataLoader from 'dataloader';
import { Field, ObjectType } from 'type-graphql';
import type { Context } from '../../context/context';

@ObjectType({ description: 'Who a pairing joins, by name, as both its sides see it.' })
export class PairingParties {
  @Field(() => String, {
    nullable: true,
    description: 'The volunteer or cadre helping; null for organisation pairings.',
  })
  helper: string | null;

  @Field(() => String, { nullable: true, description: 'The person, household (its head) or institution helped.' })
  helped: string | null;
}

export function pairingParties(ctx: Context): DataLoader<string, PairingParties> {
  return ctx.loaders.batch('pairingParties', async (ids) => {
    const rows: Array<{ id: string; helper: string | null; helped: string | null }> = await ctx.db.query(
      `SELECT p.id::text AS id, v.real_name AS helper, COALESCE(b.real_name, h.head_name, i.name) AS helped
         FROM pairing p
         LEFT JOIN volunteer v ON v.id = p.volunteer_id
         LEFT JOIN beneficiary b ON b.id = p.beneficiary_id
         LEFT JOIN household h ON h.id = p.household_id
         LEFT JOIN organisation i ON i.id = p.institution_id
        WHERE p.id = ANY($1::bigint[])`,
      [[...ids]],
    );
    const byId = new Map(rows.map((r) => [r.id, { helper: r.helper, helped: r.helped }]));
    return ids.map((id) => byId.get(String(id)) ?? { helper: null, helped: null });
  });
}
