// The SSRF guard of webhook delivery. Outside development a webhook URL must be https and its host must resolve
// only to public unicast addresses: no loopback, private (RFC 1918), link-local, unique-local, carrier-grade NAT,
// multicast, reserved or unspecified ones, and no IPv4-mapped IPv6 form of them. The check runs when a
// subscription is made and again at every delivery, inside the connection's own DNS lookup, so a host that
// re-resolves to an internal address after the first check (DNS rebinding) is refused on the connection itself.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export interface WebhookUrlPolicy {
  /** Development: http and private or loopback addresses are allowed. */
  allowPrivate: boolean;
}

export class WebhookUrlRefused extends Error {}

/** Whether an address is a public unicast one (the only kind a production webhook may reach). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // process(): an IPv4-mapped IPv6 address (::ffff:127.0.0.1) becomes the IPv4 address it carries.
  return ipaddr.process(address).range() === 'unicast';
}

/** Checks the form of a URL (scheme, no credentials); throws WebhookUrlRefused with the reason. */
export function checkWebhookUrlForm(url: string, policy: WebhookUrlPolicy): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new WebhookUrlRefused('is not a URL');
  }
  if (parsed.protocol !== 'https:' && !(policy.allowPrivate && parsed.protocol === 'http:')) {
    throw new WebhookUrlRefused(
      policy.allowPrivate ? 'must be an http or https URL' : 'must be an https URL',
    );
  }
  if (parsed.username || parsed.password) throw new WebhookUrlRefused('must not carry credentials');
  if (parsed.hash) throw new WebhookUrlRefused('must not have a fragment');
  return parsed;
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Resolves every address of a host (an IP literal is itself). */
async function resolveAll(host: string): Promise<string[]> {
  if (isIP(host)) return [host];
  const addresses = await new Promise<LookupAddress[]>((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
  return addresses.map((entry) => entry.address);
}

/** The whole check: form, then every address the host resolves to. */
export async function checkWebhookUrl(url: string, policy: WebhookUrlPolicy): Promise<URL> {
  const parsed = checkWebhookUrlForm(url, policy);
  if (policy.allowPrivate) return parsed;
  let addresses: string[];
  try {
    addresses = await resolveAll(hostOf(parsed));
  } catch {
    throw new WebhookUrlRefused('has a host name that does not resolve');
  }
  if (addresses.length === 0 || !addresses.every(isPublicAddress)) {
    throw new WebhookUrlRefused(
      'must reach a public address (not loopback, private, link-local or multicast)',
    );
  }
  return parsed;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request that refuses non-public addresses, so the connection goes only to an address that
 * passed the check (no second resolution between the check and the connect).
 */
export function guardedLookup(policy: WebhookUrlPolicy) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = policy.allowPrivate ? [] : addresses.filter((entry) => !isPublicAddress(entry.address));
      if (addresses.length === 0 || refused.length > 0) {
        const problem = new WebhookUrlRefused(
          `the host resolves to a non-public address (${refused.map((entry) => entry.address).join(', ')})`,
        ) as NodeJS.ErrnoException;
        problem.code = 'EWEBHOOKREFUSED';
        return callback(problem, []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

/** At delivery: an IP literal host is not looked up by Node, so it is checked here. */
export function checkLiteralHost(url: URL, policy: WebhookUrlPolicy): void {
  const host = hostOf(url);
  if (!policy.allowPrivate && isIP(host) && !isPublicAddress(host)) {
    throw new WebhookUrlRefused(
      'must reach a public address (not loopback, private, link-local or multicast)',
    );
  }
}
