import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context/context';
import { AUTHENTICATED } from '../../auth/permissions';
import { translate } from '../../common/messages';
import { BackgroundJob } from '../background-job/background-job.entity';
import { Lookups } from './lookups';
import { ImportKind, SpreadsheetImport } from './spreadsheet-import.entity';
import { HANDLERS, SpreadsheetImportService } from './spreadsheet-import.service';

@ObjectType({ description: 'One problem of one cell, in the request’s language.' })
export class ImportProblem {
  @Field(() => Int, { description: 'The row as numbered in the sheet (1 is the header).' })
  row: number;

  @Field({ description: 'The column’s key (realName, idNumber, ...).' })
  column: string;

  @Field({ description: 'The column’s header in the request’s language.' })
  header: string;

  @Field({ description: 'The message key (as in BAD_USER_INPUT fields).' })
  key: string;

  @Field()
  message: string;
}

@Resolver(() => SpreadsheetImport)
export class SpreadsheetImportResolver {
  private readonly service = new SpreadsheetImportService();

  @Authorized(AUTHENTICATED)
  @Query(() => SpreadsheetImport, {
    description: 'A spreadsheet the viewer uploaded (POST /files/imports), with what its dry run found.',
  })
  spreadsheetImport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.service.get(ctx, id);
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => BackgroundJob, {
    description: 'Imports a spreadsheet whose dry run found no problem, as a background job; again, the same job.',
  })
  confirmSpreadsheetImport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.service.confirm(ctx, id);
  }

  @FieldResolver(() => [ImportProblem], { description: 'The dry run’s problems, in sheet order.' })
  async problems(
    @Root() upload: SpreadsheetImport,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 200 }) first: number,
  ): Promise<ImportProblem[]> {
    const columns = HANDLERS[upload.kind].columns(await Lookups.load(ctx.db));
    return importProblems(upload, columns, ctx.locale, Math.min(Math.max(first, 0), 1000));
  }

  @FieldResolver(() => BackgroundJob, { nullable: true, description: 'The import job, once confirmed.' })
  job(@Root() upload: SpreadsheetImport, @Ctx() ctx: Context) {
    return upload.jobId ? ctx.loaders.one(BackgroundJob).load(upload.jobId) : null;
  }

  @FieldResolver(() => String, {
    description: 'Where to download the upload with its errors column (GET, bearer token).',
  })
  errorFileUrl(@Root() upload: SpreadsheetImport) {
    return `/files/imports/${upload.globalId}/errors`;
  }
}

export function importProblems(
  upload: Pick<SpreadsheetImport, 'problems'>,
  columns: Array<{ key: string; header: string; headerEn: string }>,
  locale: 'zh-CN' | 'en',
  first: number,
): ImportProblem[] {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  return upload.problems.slice(0, first).map((p) => ({
    row: p.row,
    column: p.column,
    header: (locale === 'en' ? byKey.get(p.column)?.headerEn : byKey.get(p.column)?.header) ?? p.column,
    key: p.key,
    message: translate(p.key, locale, p.params),
  }));
}

export { ImportKind };
