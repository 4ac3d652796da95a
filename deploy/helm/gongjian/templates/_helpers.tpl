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

{{/* Every database of the platform, one CloudNativePG Cluster <name>-db each: the three contexts' and Keycloak's. */}}
{{- define "gongjian.databases" -}}
partnership,activity,evaluation,keycloak
{{- end }}

{{- define "gongjian.database" -}}
{{ trimSuffix "-service" . }}
{{- end }}

{{- define "gongjian.kafkaCluster" -}}
gongjian-kafka
{{- end }}

{{/* The one Kafka listener: TLS (Strimzi's cluster CA) and SCRAM-SHA-512, a KafkaUser per service. */}}
{{- define "gongjian.kafkaPort" -}}
9093
{{- end }}

{{- define "gongjian.kafkaBootstrap" -}}
{{ include "gongjian.kafkaCluster" . }}-kafka-bootstrap:{{ include "gongjian.kafkaPort" . }}
{{- end }}

{{/* Where a service's pods find the CAs that sign the database's and the brokers' certificates (ca.crt only). */}}
{{- define "gongjian.dbCaPath" -}}
/etc/gongjian/db-ca/ca.crt
{{- end }}

{{- define "gongjian.kafkaCaPath" -}}
/etc/gongjian/kafka-ca/ca.crt
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

{{/* The management port: health and metrics, for the kubelet and Prometheus, never the Ingress. */}}
{{- define "gongjian.managementPort" -}}
9000
{{- end }}

{{/*
The services whose image serves health and metrics on a management port of its own (quarkus.management.enabled and
MANAGEMENT_PORT in their application.properties; ChartInvariantsTest keeps this list and the code in step). The
others answer /q/health and /q/metrics on their HTTP port.
*/}}
{{- define "gongjian.managedServices" -}}
gateway
{{- end }}

{{/* The named container port a service answers health and metrics on: management or http. */}}
{{- define "gongjian.healthPort" -}}
{{ ternary "management" "http" (has . (splitList "," (include "gongjian.managedServices" .))) }}
{{- end }}

{{/* The object store (Barman Cloud plugin) every database cluster archives to, each under its own name. */}}
{{- define "gongjian.objectStore" -}}
gongjian-backups
{{- end }}
