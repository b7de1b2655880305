import { recordSchemas, recordTypes } from './shared/domain';
for (const t of recordTypes) {
  const s = recordSchemas[t] as any;
  console.log(t, typeof s.shape, s.shape ? Object.keys(s.shape).length : -1);
}
const P = recordSchemas.person.shape;
console.log(P.sex.safeParse(undefined).success, P.skills.safeParse(undefined), P.email.safeParse('a@b.co').success, P.notes.safeParse('x'));
console.log(P.residence.safeParse({country:{list:'iso-3166-1',version:'2024',code:'FR'}}).success);
