import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Bucket } from './dashboard.inputs';
import { bucketLabel } from './labels';

@Resolver(() => Bucket)
export class BucketFieldsResolver {
  // Figures are computed (and cached) once per scope and filter; the language is the request's own.
  @FieldResolver(() => String)
  label(@Root() b: Bucket, @Ctx() ctx: Context): string {
    return b.labelSet ? bucketLabel(b.labelSet, b.key, ctx.locale) : b.label;
  }
}
