// Listing an organisation's repositories (GET /orgs/{org}/repos, every type, 100 per page).
import type { GitHubClient } from '../github/client.js';

export interface OrgRepository {
  owner: string;
  name: string;
  /** `owner/name` as GitHub spells it. */
  fullName: string;
  defaultBranch: string;
  archived: boolean;
  fork: boolean;
  private: boolean;
  /** Size in KB as GitHub reports it (0 for an empty repository). */
  size: number;
  htmlUrl: string;
}

export interface Listing {
  repositories: OrgRepository[];
  /** List pages requested. */
  pages: number;
}

export async function listOrgRepositories(client: GitHubClient, org: string): Promise<Listing> {
  const repositories: OrgRepository[] = [];
  let pages = 0;
  for await (const page of client.paginate.iterator(client.rest.repos.listForOrg, {
    org,
    type: 'all',
    per_page: 100,
  })) {
    pages++;
    for (const r of page.data) {
      repositories.push({
        owner: r.owner.login,
        name: r.name,
        fullName: r.full_name,
        defaultBranch: r.default_branch ?? 'main',
        archived: r.archived === true,
        fork: r.fork,
        private: r.private,
        size: r.size ?? 0,
        htmlUrl: r.html_url,
      });
    }
  }
  return { repositories, pages };
}
