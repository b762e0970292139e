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
{{- if .Values.clusters }}
{{- $clusters := list }}
{{- range $entry := .Values.clusters }}
{{- $cluster := dict "name" $entry.name }}
{{- range $key := list "context" "kubeconfig" "snapshot" }}
{{- with get $entry $key }}{{ $_ := set $cluster $key . }}{{ end }}
{{- end }}
{{- if hasKey $entry "inCluster" }}{{ $_ := set $cluster "in-cluster" $entry.inCluster }}{{ end }}
{{- with $entry.allowedGroups }}{{ $_ := set $cluster "allowed-groups" . }}{{ end }}
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
{{- $_ := set $settings "access" (include "kubeprint.accessSettings" . | fromYaml) }}
{{- $_ := set $settings "web" (include "kubeprint.webSettings" . | fromYaml) }}
{{- toYaml (dict "kubeprint" $settings) }}
{{- end }}

{{/*
kubeprint.access without anything secret: the OIDC client secret, the viewer tokens' hashes and the metrics
token's hash come from Secrets (see kubeprint.accessEnv), never from this ConfigMap.
*/}}
{{- define "kubeprint.accessSettings" -}}
{{- $a := .Values.access }}
{{- $access := dict "mode" $a.mode "allow-anonymous" $a.allowAnonymous }}
{{- if eq $a.mode "oidc" }}
{{- $_ := set $access "oidc" (dict "issuer-uri" $a.oidc.issuerUri "client-id" $a.oidc.clientId "groups-claim" $a.oidc.groupsClaim "scopes" $a.oidc.scopes) }}
{{- end }}
{{- if eq $a.mode "proxy" }}
{{- $_ := set $access "proxy" (dict "trusted-addresses" $a.proxy.trustedAddresses "user-header" $a.proxy.userHeader "groups-header" $a.proxy.groupsHeader) }}
{{- with $a.proxy.signOutUrl }}{{ $_ := set $access.proxy "sign-out-url" . }}{{ end }}
{{- end }}
{{- toYaml $access }}
{{- end }}

{{- define "kubeprint.webSettings" -}}
{{- $web := dict "embed" (dict "frame-ancestors" .Values.web.embed.frameAncestors) }}
{{- $wall := dict }}
{{- with .Values.web.wall.clusters }}{{ $_ := set $wall "clusters" . }}{{ end }}
{{- with .Values.web.wall.pages }}{{ $_ := set $wall "pages" . }}{{ end }}
{{- with .Values.web.wall.rotateEvery }}{{ $_ := set $wall "rotate-every" . }}{{ end }}
{{- if $wall }}{{ $_ := set $web "wall" $wall }}{{ end }}
{{- toYaml $web }}
{{- end }}

{{/*
Where the viewer tokens' Secret is mounted; the app imports this one file at startup.
*/}}
{{- define "kubeprint.viewerTokensFile" -}}
/etc/kubeprint/access/viewer-tokens.yaml
{{- end }}

{{/*
The access settings that come from Secrets, as environment variables Spring Boot binds
(KUBEPRINT_ACCESS_OIDC_CLIENT_SECRET is kubeprint.access.oidc.client-secret).
*/}}
{{- define "kubeprint.accessEnv" -}}
{{- $a := .Values.access }}
{{- if and (eq $a.mode "oidc") $a.oidc.clientSecret.existingSecret }}
- name: KUBEPRINT_ACCESS_OIDC_CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ $a.oidc.clientSecret.existingSecret }}
      key: {{ $a.oidc.clientSecret.key }}
{{- end }}
{{- if $a.metricsToken.existingSecret }}
- name: KUBEPRINT_ACCESS_METRICS_TOKEN_SHA256
  valueFrom:
    secretKeyRef:
      name: {{ $a.metricsToken.existingSecret }}
      key: {{ $a.metricsToken.sha256Key }}
{{- end }}
{{- if $a.viewerTokens.existingSecret }}
# Not optional: a named Secret that cannot be read is a mistake to stop at, not a wall that silently stays dark.
- name: SPRING_CONFIG_IMPORT
  value: file:{{ include "kubeprint.viewerTokensFile" . }}
{{- end }}
{{- end }}
