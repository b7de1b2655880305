/** `7K3QD-M0XJ2-…` → ['7K3QD', 'M0XJ2', …]: the groups a person copies one at a time. */
export function recoveryKeyGroups(recoveryKey: string): string[] {
  return recoveryKey.split('-').filter((group) => group !== '');
}
