import { Field, InputType } from 'type-graphql';
import { ServiceAudience } from './service-type.entity';

@InputType()
export class ServiceTypeFilter {
  @Field(() => ServiceAudience, { nullable: true })
  audience?: ServiceAudience;

  @Field(() => String, { nullable: true, description: 'Substring of the Chinese or English name.' })
  search?: string;
}
