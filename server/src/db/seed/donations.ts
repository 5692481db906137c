// Donations: the cadres' 200 yuan per household, the 50 audiobook sets, and gifts of the other campaigns.
import { addDays, daysBetween } from './calendar';
import { copyRows, type CopyValue } from './copy';
import type { StepContext } from './model';
import { AUDIOBOOK_RECIPIENTS, CADRE_COUNT } from './people';
import type { PairingResult } from './pairings';
import { personName } from './names';

/** 200 yuan, counted in fen. */
export const CADRE_DONATION_FEN = 20_000;
export const AUDIOBOOK_ITEM = '有声读物';

export async function seedDonations(ctx: StepContext, pairings: PairingResult): Promise<void> {
  const { rng, world } = ctx;
  const rows: CopyValue[][] = [];
  const campaign = (key: string) => world.campaigns.find((c) => c.key === key)!;
  const kind = (k: string, i: number) => world.orgsByKind.get(k)![i].id;
  const add = (d: {
    kind: 'CASH' | 'IN_KIND';
    amountFen?: number;
    item?: string;
    quantity?: number;
    unit?: string;
    donatedOn: string;
    donorOrganisationId?: number;
    donorName?: string;
    campaignId?: number;
    pairingId?: number;
    visitId?: number;
    beneficiaryId?: number;
    householdId?: number;
  }) => {
    rows.push([
      rows.length + 1,
      d.kind,
      d.amountFen ?? null,
      d.item ?? null,
      d.quantity ?? null,
      d.unit ?? null,
      d.donatedOn,
      d.donorOrganisationId ?? null,
      d.donorName ?? null,
      d.campaignId ?? null,
      d.pairingId ?? null,
      d.visitId ?? null,
      d.beneficiaryId ?? null,
      d.householdId ?? null,
    ]);
  };
  const within = (c: { startsOn: string; endsOn: string }) =>
    addDays(c.startsOn, rng.int(0, daysBetween(c.startsOn, c.endsOn)));

  // Each cadre handed 200 yuan to the paired household on a home visit on Poverty Alleviation Day,
  // part of the federation's campaign of that day.
  const poverty = campaign('POVERTY');
  for (const p of pairings.cadrePairings) {
    add({
      kind: 'CASH',
      amountFen: CADRE_DONATION_FEN,
      donatedOn: p.giftVisit.visitedOn,
      donorOrganisationId: world.orgIds.cityDpf,
      donorName: p.cadre.name,
      campaignId: poverty.id,
      pairingId: p.pairingId,
      visitId: p.giftVisit.id,
      householdId: p.householdId,
    });
  }

  // "I am your eyes": one to three audiobook sets for each of the 50 blind recipients on 3 December.
  const eyes = campaign('EYES');
  for (const b of world.beneficiaries.slice(CADRE_COUNT, CADRE_COUNT + AUDIOBOOK_RECIPIENTS)) {
    add({
      kind: 'IN_KIND',
      item: AUDIOBOOK_ITEM,
      quantity: rng.int(1, 3),
      unit: '套',
      donatedOn: eyes.startsOn,
      donorOrganisationId: world.orgIds.eyesNgo,
      campaignId: eyes.id,
      beneficiaryId: b.id,
      householdId: b.householdId,
    });
  }

  // Sunshine Action: enterprises and private donors support young disabled people.
  const sunshine = campaign('SUNSHINE');
  const young = world.beneficiaries.filter((b) => b.birthDate >= '2001-01-01');
  for (const b of rng.sample(young, 12)) {
    const personal = rng.chance(0.3);
    add({
      kind: 'CASH',
      amountFen: rng.int(5, 30) * 10_000,
      donatedOn: within(sunshine),
      donorOrganisationId: personal
        ? undefined
        : rng.pick([kind('ENTERPRISE', 2), kind('ENTERPRISE', 0), kind('ENTERPRISE', 5)]),
      donorName: personal ? personName(rng, rng.chance(0.5) ? 'MALE' : 'FEMALE') : undefined,
      campaignId: sunshine.id,
      beneficiaryId: b.id,
      householdId: b.householdId,
    });
  }
  for (const b of rng.sample(young, 6)) {
    add({
      kind: 'IN_KIND',
      item: '学习用品',
      quantity: rng.int(1, 2),
      unit: '套',
      donatedOn: within(sunshine),
      donorOrganisationId: world.orgIds.youthLeague,
      campaignId: sunshine.id,
      beneficiaryId: b.id,
      householdId: b.householdId,
    });
  }

  // Women's Day: knitting kits for disabled women from a disabled-persons' co-operative.
  const women = campaign('WOMEN');
  const candidates = world.beneficiaries.slice(
    CADRE_COUNT + AUDIOBOOK_RECIPIENTS,
    CADRE_COUNT + AUDIOBOOK_RECIPIENTS + 400,
  );
  for (const b of rng.sample(candidates, 8)) {
    add({
      kind: 'IN_KIND',
      item: '编织材料包',
      quantity: 1,
      unit: '份',
      donatedOn: women.startsOn,
      donorOrganisationId: kind('DISABLED_PERSONS_ENTERPRISE', 7),
      campaignId: women.id,
      beneficiaryId: b.id,
      householdId: b.householdId,
    });
  }

  // Poverty Alleviation Day: staple food for rural households, and some cash from private donors.
  const rural = world.households.filter((h) => h.community.village);
  for (const h of rng.sample(rural, 20)) {
    add({
      kind: 'IN_KIND',
      item: '米面油',
      quantity: rng.int(1, 3),
      unit: '份',
      donatedOn: poverty.startsOn,
      donorOrganisationId: rng.pick([world.orgIds.tradeUnion, world.orgIds.civilAffairs]),
      campaignId: poverty.id,
      householdId: h.id,
    });
  }
  for (const h of rng.sample(rural, 10)) {
    add({
      kind: 'CASH',
      amountFen: rng.int(2, 10) * 5_000,
      donatedOn: within(poverty),
      donorName: personName(rng, rng.chance(0.5) ? 'MALE' : 'FEMALE'),
      campaignId: poverty.id,
      householdId: h.id,
    });
  }

  await copyRows(
    ctx.client,
    'donation',
    [
      'id',
      'kind',
      'amount_fen',
      'item',
      'quantity',
      'unit',
      'donated_on',
      'donor_organisation_id',
      'donor_name',
      'campaign_id',
      'pairing_id',
      'visit_id',
      'beneficiary_id',
      'household_id',
    ],
    rows,
  );
  ctx.progress('donation', rows.length, rows.length);
}
