// A push source as an async iterator, which is what GraphQL subscriptions consume: values queue until
// pulled; `return()` (the client unsubscribed or the socket closed) runs the teardown once.
export interface Sink<T> {
  push(value: T): void;
  end(): void;
}

export function stream<T>(setup: (sink: Sink<T>) => () => void): AsyncIterableIterator<T> {
  const queue: T[] = [];
  const waiting: Array<(r: IteratorResult<T>) => void> = [];
  let done = false;
  let teardown: (() => void) | null = null;
  const finish = () => {
    if (done) return;
    done = true;
    teardown?.();
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
  };
  const sink: Sink<T> = {
    push(value) {
      if (done) return;
      const resolve = waiting.shift();
      if (resolve) resolve({ value, done: false });
      else queue.push(value);
    },
    end: finish,
  };
  teardown = setup(sink);
  if (done) teardown();
  const iterator: AsyncIterableIterator<T> = {
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/**
 * Runs `work` after each trigger, never two at once: triggers during a run make one more run after
 * it (a burst of changes costs at most two recomputations).
 */
export function serialised(work: () => Promise<void>, onError: (err: unknown) => void): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    running = true;
    do {
      again = false;
      try {
        await work();
      } catch (err) {
        onError(err);
      }
    } while (again);
    running = false;
  };
  return () => {
    if (running) again = true;
    else void run();
  };
}
