import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { PersonalDataService } from './personal-data.service';

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

@Resolver()
export class PersonalDataResolver {
  private readonly service = new PersonalDataService();

  @Authorized(Permission.REVEAL_PERSONAL_DATA)
  @Mutation(() => PersonalData, {
    description: 'Unmasked values of a volunteer, beneficiary or household; audit-logged with your reason.',
  })
  async revealPersonalData(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ): Promise<PersonalData> {
    const r = await this.service.reveal(ctx, id, reason);
    return { id: r.id, fields: r.fields, ...r.values };
  }
}
