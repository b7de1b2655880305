/** The admin CLI's help, printed for `help`, no command, or a command line it cannot read. */
export const adminUsage = [
  'Usage: npm run registry:admin -- <command> [options]',
  '',
  'Commands:',
  '  office:create --name <name> --country <XX> --type <office type> --scope <scope>',
  '      office types: reception-referral, regional-coordination, consular-desk, headquarters',
  '      scope: national | residence:FR,IT | regions:NE-8,NE-1',
  '  offices:status                      each office: devices, last sync, changes behind',
  '  enroll-code --office <officeId> [--hours 72]',
  '      prints a one-time code for one device of the office (shown once, valid 72 h)',
  '  devices:list                        every enrolled device',
  '  devices:revoke <deviceId>           refuse this device from now on',
  '',
  'The registry database is chosen as for `npm run registry`: DATABASE_URL, else the PGlite',
  'folder (REGISTRY_DATA_DIR or registry/data/).',
];
