import { Args, Authorized, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { AUTHENTICATED } from '../../auth/permissions';
import { PageArgs } from '../../common/pagination';
import type { Context } from '../../context/context';
import { TodoService } from './todo.service';
import { Todo, TodoItemPage } from './todo.types';

@Resolver(() => Todo)
export class TodoResolver {
  private readonly service = new TodoService();

  @Authorized(AUTHENTICATED)
  @Query(() => Todo, {
    description:
      'Work waiting for you, from the data in your scope: counts per kind your roles act on, and the items newest first.',
  })
  todo(@Ctx() ctx: Context): Promise<Todo> {
    return this.service.counts(ctx);
  }

  @FieldResolver(() => TodoItemPage, { description: 'The items, newest first.' })
  items(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<TodoItemPage> {
    return this.service.items(ctx, page.first, page.after);
  }
}
