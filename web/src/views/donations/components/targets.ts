// What a donation can be for; the API takes one id per kind (campaignId, pairingId, …).
export type TargetKind = 'campaign' | 'pairing' | 'beneficiary' | 'household';
export const targetKinds: TargetKind[] = ['campaign', 'beneficiary', 'household', 'pairing'];
