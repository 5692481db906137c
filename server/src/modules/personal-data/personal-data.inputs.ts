// What a reveal returns: the clear values of one record, each reveal audited.
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Clear personal values of one person; fields you may not see stay null.' })
export class PersonalData {
  @Field(() => ID)
  id: string;

  @Field(() => [String], { description: 'Which fields were revealed.' })
  fields: string[];

  @Field(() => String, { nullable: true })
  idNumber?: string | null;

  @Field(() => String, { nullable: true })
  certificateNumber?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  birthDate?: string | null;
}
