// The partner's own records, keyed by the hub's global ids (the key the hub offers). Replace this with
// your database; keep storing the hub's ids as they are, and nothing else about the hub's records.

export interface ExampleProgram {
  id: string;
  name: string;
  /** Hub global ids of the volunteers taking part. */
  participantIds: string[];
}

/** The hub's global id of a volunteer row: base64url of "Volunteer:<row>". */
export const hubVolunteerId = (row: number): string => Buffer.from(`Volunteer:${row}`).toString('base64url');

const PROGRAMS: readonly ExampleProgram[] = [
  { id: 'program-1', name: 'Sign-language buddies', participantIds: [hubVolunteerId(103), hubVolunteerId(113)] },
  { id: 'program-2', name: 'Accessible sports days', participantIds: [hubVolunteerId(123)] },
];

/** Service credits per volunteer (hub global id). */
const CREDITS = new Map<string, number>([
  [hubVolunteerId(103), 12],
  [hubVolunteerId(113), 4],
  [hubVolunteerId(123), 7],
]);

export const store = {
  programs: (): readonly ExampleProgram[] => PROGRAMS,
  credits: (volunteerId: string): number | undefined => CREDITS.get(volunteerId),
};
