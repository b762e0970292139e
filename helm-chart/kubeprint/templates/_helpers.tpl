{{/*
Chart name, overridable so several charts can share a naming scheme.
*/}}
{{- define "kubeprint.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name. Truncated to 63 characters because some Kubernetes name
fields are limited to that (DNS-1123 labels).
*/}}
{{- define "kubeprint.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "kubeprint.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "kubeprint.labels" -}}
helm.sh/chart: {{ include "kubeprint.chart" . }}
{{ include "kubeprint.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Selector labels must never change after install: Deployment selectors are immutable.
*/}}
{{- define "kubeprint.selectorLabels" -}}
app.kubernetes.io/name: {{ include "kubeprint.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "kubeprint.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "kubeprint.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
ClusterRoles are cluster-scoped: the namespace in the name keeps two releases of the
same name in different namespaces from overwriting each other's RBAC.
*/}}
{{- define "kubeprint.clusterRoleName" -}}
{{- printf "%s-%s" (include "kubeprint.fullname" .) .Release.Namespace }}
{{- end }}

{{/*
The app's own configuration. Values use Helm's camelCase; the app binds kebab-case.
Without clusters the key is left out, which makes the app use in-cluster auth.
*/}}
{{- define "kubeprint.applicationYaml" -}}
{{- $settings := dict "staleness" .Values.staleness "secrets" (dict "enabled" .Values.rbac.readSecrets) }}
{{- with .Values.access }}{{ $_ := set $settings "access" (dict "mode" .mode "allow-anonymous" .allowAnonymous) }}{{ end }}
{{- if .Values.clusters }}
{{- $clusters := list }}
{{- range $entry := .Values.clusters }}
{{- $cluster := dict "name" $entry.name }}
{{- range $key := list "context" "kubeconfig" "snapshot" }}
{{- with get $entry $key }}{{ $_ := set $cluster $key . }}{{ end }}
{{- end }}
{{- if hasKey $entry "inCluster" }}{{ $_ := set $cluster "in-cluster" $entry.inCluster }}{{ end }}
{{- if $entry.etcd }}
{{- $etcd := dict }}
{{- $names := dict "endpoints" "endpoints" "caFile" "ca-file" "certFile" "cert-file" "keyFile" "key-file" "metricsUrls" "metrics-urls" "callTimeout" "call-timeout" "pollInterval" "poll-interval" }}
{{- range $key, $name := $names }}
{{- if hasKey $entry.etcd $key }}{{ $_ := set $etcd $name (get $entry.etcd $key) }}{{ end }}
{{- end }}
{{- $_ := set $cluster "etcd" $etcd }}
{{- end }}
{{- $clusters = append $clusters $cluster }}
{{- end }}
{{- $_ := set $settings "clusters" $clusters }}
{{- end }}
{{- toYaml (dict "kubeprint" $settings) }}
{{- end }}
