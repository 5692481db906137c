// The to-do list of every role: what waits for the viewer, computed from the data (not from notifications).
import type { HubModule } from '../hub-module';
import { TodoResolver } from './todo.resolver';

export const todoModule: HubModule = {
  resolvers: [TodoResolver],
};
