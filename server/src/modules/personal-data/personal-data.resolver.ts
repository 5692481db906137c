import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { PersonalDataService } from './personal-data.service';
import { PersonalData } from './personal-data.inputs';

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
