import { Field, ID, InputType } from 'type-graphql';
import { OrganisationKind } from './organisation.entity';

@InputType()
export class OrganisationFilter {
  @Field(() => ID, { nullable: true, description: 'Organisations located in this region subtree.' })
  regionId?: string;

  @Field(() => [OrganisationKind], { nullable: true })
  kinds?: OrganisationKind[];

  @Field(() => ID, { nullable: true, description: 'Branches of this organisation.' })
  parentId?: string;

  @Field(() => String, { nullable: true, description: 'Substring of the name.' })
  search?: string;
}
