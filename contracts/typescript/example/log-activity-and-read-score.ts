// What a front-end team writes against the generated types (openapi-typescript + openapi-fetch): log an activity,
// then read the partnership's score over a year. The build type-checks it; a wrong parameter type fails the build.
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/gongjian-api";

type Activity = components["schemas"]["Activity"];
type Score = components["schemas"]["Score"];
type Partnership = components["schemas"]["Partnership"];

// JSON only: some operations also answer CSV or XLSX (by Accept); the second type argument picks the JSON bodies.
const api = createClient<paths, "application/json">({ baseUrl: "http://localhost:8080" });

export async function logAndScore(partnershipId: string, token: string): Promise<number | null | undefined> {
  const headers = { Authorization: `Bearer ${token}` };
  const logged = await api.POST("/api/v1/activities", {
    headers,
    body: {
      partnershipId,
      type: "JOINT_STUDY",
      mode: "IDEOLOGY",
      title: "两级党委理论学习中心组联学",
      occurredOn: "2026-03-12",
      organisingSide: "JOINT",
      universityPartyMembers: 18,
      enterprisePartyMembers: 22,
      attendance: 56,
    },
  });
  const activity: Activity | undefined = logged.data;
  console.log(activity?.id, activity?.version);

  const score = await api.GET("/api/v1/evaluation/partnerships/{id}/score", {
    headers,
    params: { path: { id: partnershipId }, query: { windowDays: 365, asOf: "2026-06-30" } },
  });
  const report: Score | undefined = score.data;
  return report?.composite;
}

// Lifecycle commands answer with the partnership, typed.
export async function suspend(id: string, version: number, token: string): Promise<Partnership["status"] | undefined> {
  const answer = await api.POST("/api/v1/partnerships/{id}/suspend", {
    headers: { Authorization: `Bearer ${token}`, "If-Match": `"${version}"` },
    params: { path: { id } },
  });
  return answer.data?.status;
}
