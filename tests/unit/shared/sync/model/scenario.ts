import fc from 'fast-check';
import { actionArb, skewArb, World } from './world';

/** Many actions by three offices, each office's clock possibly days off. */
export const scenarioArb = fc.record({
  actions: fc.array(actionArb, { minLength: 60, maxLength: 160 }),
  skews: fc.tuple(skewArb, skewArb, skewArb),
});
export type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

/** Plays the actions, then lets every office send everything and pull everything. */
export function settle({ actions, skews }: Scenario): World {
  const world = new World(skews);
  for (const action of actions) world.run(action);
  world.flush();
  world.pullAll();
  return world;
}
