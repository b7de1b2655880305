import { parseArgs } from 'node:util';
import { z } from 'zod';
import { officeTypes } from '../../../../shared/domain/office';
import { createOffice } from '../../offices/create-office';
import type { AdminContext, ExitCode } from '../admin-context';
import { parseScopeArg } from '../parse-scope-arg';

const Options = z.object({
  name: z.string().trim().min(1).max(200),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/),
  type: z.enum(officeTypes),
  scope: z.string(),
});

const hints: Record<keyof z.infer<typeof Options>, string> = {
  name: '--name is required: the office name, e.g. --name "Niamey reception office"',
  country: '--country must be an ISO 3166-1 alpha-2 code, e.g. --country NE',
  type: `--type must be one of: ${officeTypes.join(', ')}`,
  scope: '--scope must be national, residence:FR,IT or regions:NE-8',
};

export async function officeCreateCommand(args: string[], ctx: AdminContext): Promise<ExitCode> {
  const { values } = parseArgs({
    args,
    options: {
      name: { type: 'string' },
      country: { type: 'string' },
      type: { type: 'string' },
      scope: { type: 'string' },
    },
  });
  const parsed = Options.safeParse(values);
  const scope = parseScopeArg(values.scope ?? '');
  const wrong = new Set(parsed.error?.issues.map((i) => i.path[0] as keyof typeof hints));
  if (!scope.ok) wrong.add('scope');
  if (!parsed.success || !scope.ok) {
    for (const field of wrong) ctx.err(hints[field]);
    return 2;
  }
  const result = await createOffice(ctx.db, {
    name: parsed.data.name,
    country: parsed.data.country,
    officeType: parsed.data.type,
    scope: scope.scope,
  });
  if (!result.ok) {
    const { error } = result;
    switch (error.code) {
      case 'unknown-country':
        ctx.err(`${error.country} is not an ISO 3166-1 country code. Check --country and --scope.`);
        return 1;
      case 'unknown-region':
        ctx.err(`${error.region} is not an ISO 3166-2 region code (e.g. NE-8). Check --scope.`);
        return 1;
      default: {
        const unknown: never = error;
        return unknown;
      }
    }
  }
  const { office } = result;
  ctx.out(`Office created: ${office.id}`);
  ctx.out(`  ${office.name} (${office.country}, ${office.officeType}), scope ${parsed.data.scope}`);
  ctx.out(`Next: npm run registry:admin -- enroll-code --office ${office.id}`);
  return 0;
}
