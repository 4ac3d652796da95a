{{/* Labels every object of the chart carries. */}}
{{- define "gongjian.labels" -}}
app.kubernetes.io/part-of: gongjian
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end }}

{{/* The pods of one service: the selector of its Deployment, Service, PDB and NetworkPolicies. */}}
{{- define "gongjian.selector" -}}
app.kubernetes.io/name: {{ . }}
app.kubernetes.io/part-of: gongjian
{{- end }}

{{/* The database cluster of a service (CloudNativePG): host <cluster>-rw, credentials in Secret <cluster>-app. */}}
{{- define "gongjian.dbCluster" -}}
{{ trimSuffix "-service" . }}-db
{{- end }}

{{- define "gongjian.database" -}}
{{ trimSuffix "-service" . }}
{{- end }}

{{- define "gongjian.kafkaCluster" -}}
gongjian-kafka
{{- end }}

{{- define "gongjian.kafkaBootstrap" -}}
{{ include "gongjian.kafkaCluster" . }}-kafka-bootstrap:9092
{{- end }}

{{/* Keycloak as the services reach it inside the cluster (issuer in tokens: keycloak.hostname). */}}
{{- define "gongjian.oidcUrl" -}}
http://keycloak-service:8080/realms/gongjian
{{- end }}

{{- define "gongjian.image" -}}
{{ .root.Values.image.registry }}/{{ .root.Values.image.group }}/{{ .name }}:{{ .root.Values.image.tag | default .root.Chart.AppVersion }}
{{- end }}

{{/*
The browser origins of the platform, comma-separated: its own host and the front-ends' (values: webOrigins). The one
source of the gateway's CORS origins and of the realm's public client's redirect URIs and web origins.
*/}}
{{- define "gongjian.webOrigins" -}}
{{ prepend .Values.webOrigins (printf "https://%s" .Values.ingress.host) | uniq | join "," }}
{{- end }}

{{/* The gateway's management port: health and metrics, for the kubelet and Prometheus, never the Ingress. */}}
{{- define "gongjian.managementPort" -}}
9000
{{- end }}
