// The arguments of every registry entry's suspend/reinstate mutation.
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { RegistryStatus } from '../../common/registry-status';

@ArgsType()
export class RegistryStatusArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version the change was decided on.' })
  version: number;

  @Field(() => RegistryStatus)
  status: RegistryStatus;

  @Field(() => String, { nullable: true, description: 'Why: required when suspending.' })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
}
