import { Field, ID, InputType } from 'type-graphql';
import { RegionLevel } from './region.entity';

@InputType()
export class RegionFilter {
  @Field(() => ID, { nullable: true, description: 'Only this region and everything below it.' })
  withinId?: string;

  @Field(() => ID, { nullable: true, description: 'Direct children of this region.' })
  parentId?: string;

  @Field(() => RegionLevel, { nullable: true })
  level?: RegionLevel;

  @Field(() => String, { nullable: true, description: 'Substring of the name.' })
  search?: string;
}
