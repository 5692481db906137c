// The to-do list's GraphQL types: counts per kind and the items, newest first.
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../common/pagination';

export enum TodoKind {
  REGISTRATION = 'REGISTRATION',
  INVITATION = 'INVITATION',
  PAIRING_TO_CONFIRM = 'PAIRING_TO_CONFIRM',
  HOURS_TO_VERIFY = 'HOURS_TO_VERIFY',
  HOUR_REPORT = 'HOUR_REPORT',
  HOUR_CORRECTION = 'HOUR_CORRECTION',
  REQUEST_TO_ASSIGN = 'REQUEST_TO_ASSIGN',
  OVERDUE_PAIRING = 'OVERDUE_PAIRING',
}
registerEnumType(TodoKind, {
  name: 'TodoKind',
  description: 'A kind of work waiting for the viewer; each is worked on one page of the panel.',
  valuesConfig: {
    REGISTRATION: { description: 'A volunteer registration to approve or reject.' },
    INVITATION: { description: "A campaign invitation to answer for one's organisation." },
    PAIRING_TO_CONFIRM: { description: 'A proposed pairing the helped side confirms.' },
    HOURS_TO_VERIFY: { description: 'A checked-out participation whose hours await verification.' },
    HOUR_REPORT: { description: 'A self-reported service to review.' },
    HOUR_CORRECTION: { description: 'A request to correct recorded minutes, to review.' },
    REQUEST_TO_ASSIGN: { description: 'An open service request to assign a volunteer to.' },
    OVERDUE_PAIRING: { description: 'An active pairing without a visit for longer than the overdue period.' },
  },
});

@ObjectType({ description: 'How many items of one kind wait for the viewer.' })
export class TodoCount {
  @Field(() => TodoKind)
  kind: TodoKind;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'One piece of work, with the record whose page it is done on.' })
export class TodoItem {
  @Field(() => TodoKind)
  kind: TodoKind;

  @Field(() => ID, { description: 'Global id of the record waiting (volunteer, partner, pairing, ...).' })
  id: string;

  @Field(() => GraphQLISODateTime, { description: 'When it began to wait.' })
  at: Date;

  @Field({ description: 'A short name: the person, campaign, event or organisations concerned.' })
  label: string;

  @Field({
    description: 'GraphQL type of the record the item opens (Volunteer, Campaign, Pairing, ServiceEvent, ...).',
  })
  targetType: string;

  @Field(() => ID, { description: 'Global id of that record.' })
  targetId: string;
}

@ObjectType()
export class TodoItemPage {
  @Field(() => [TodoItem])
  nodes: TodoItem[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType({ description: "The viewer's to-do counts: one entry per kind the viewer's roles act on." })
export class TodoCounts {
  @Field(() => [TodoCount])
  counts: TodoCount[];

  @Field(() => Int)
  totalCount: number;
}

@ObjectType({ description: "Work waiting for the viewer, computed from the data within the viewer's scope." })
export class Todo extends TodoCounts {}
