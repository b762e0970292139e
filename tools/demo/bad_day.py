#!/usr/bin/env python3
"""Turns the bundled demo into the snapshot of a cluster having a bad day (issue 11).

Idempotent only on the original demo: run it once on the files of main. Deterministic (seeded).
"""
import copy
import json
import random
import sys
import uuid

DIR = sys.argv[1]
R = random.Random(20261120)
SAFE = "bcdfghjklmnpqrstvwxz2456789"
RV = [9909800]


def rv():
    RV[0] += R.randint(3, 40)
    return str(RV[0])


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def suffix(n):
    return "".join(R.choice(SAFE) for _ in range(n))


def hexid(n=16):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def load(name):
    with open(f"{DIR}/{name}") as f:
        return json.load(f)


def dump(name, d):
    s = json.dumps(d, indent=4, sort_keys=True, ensure_ascii=False, separators=(",", ": "))
    s = s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") + "\n"
    with open(f"{DIR}/{name}", "w") as f:
        f.write(s)


def hms(h, m, s, frac=None):
    t = f"2026-11-20T{h:02d}:{m:02d}:{s:02d}"
    return t + (f".{frac:06d}Z" if frac is not None else "Z")


def plus(t, seconds):
    # only used on whole-second times of 2026-11-20
    h, m, s = int(t[11:13]), int(t[14:16]), int(t[17:19])
    total = h * 3600 + m * 60 + s + seconds
    return hms(total // 3600, total % 3600 // 60, total % 60)


TAINTS = ("1 node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }, "
          "1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, ")
CP_GPU = ("3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, "
          "3 node(s) had untolerated taint {nvidia.com/gpu: }.")
PREEMPT_VICTIMS = (" preemption: 0/24 nodes are available: 16 No preemption victims found for incoming pod, "
                   "8 Preemption is not helpful for scheduling.")
PREEMPT_NONE = " preemption: 0/24 nodes are available: 24 Preemption is not helpful for scheduling."
MSG_CPU = "0/24 nodes are available: " + TAINTS + "16 Insufficient cpu, " + CP_GPU + PREEMPT_VICTIMS
MSG_SELECTOR = ("0/24 nodes are available: " + TAINTS + "16 node(s) didn't match Pod's node affinity/selector, "
                + CP_GPU + PREEMPT_NONE)
MSG_GPU = "0/24 nodes are available: " + TAINTS + "16 Insufficient nvidia.com/gpu, " + CP_GPU + PREEMPT_VICTIMS

DEFAULT_TOLERATIONS = [
    {"effect": "NoExecute", "key": "node.kubernetes.io/not-ready", "operator": "Exists", "tolerationSeconds": 300},
    {"effect": "NoExecute", "key": "node.kubernetes.io/unreachable", "operator": "Exists", "tolerationSeconds": 300},
]

# The three workloads that cannot be placed (besides the demo's own four pending pods).
NEW = [
    dict(ns="batch", name="video-transcode", replicas=40, created=hms(7, 31, 2), deploy_created="2026-11-02T03:00:00Z",
         image="registry.cn-hangzhou.aliyuncs.com/acme-batch/video-transcode:v1.7.2",
         args=["--queue=transcode", "--threads=7"], part_of="media-pipeline", version="v1.7.2",
         resources={"limits": {"cpu": "8", "memory": "8Gi"}, "requests": {"cpu": "7", "memory": "6Gi"}},
         selector=None, message=MSG_CPU, generation=9, revision="4"),
    dict(ns="payments", name="fraud-scoring", replicas=14, created=hms(7, 5, 40), deploy_created=hms(7, 5, 39),
         image="registry.cn-hangzhou.aliyuncs.com/acme-pay/fraud-scoring:v0.4.0",
         args=["--model=/models/gbdt-2026-11", "--port=8080"], part_of="payments", version="v0.4.0",
         resources={"limits": {"cpu": "2", "memory": "12Gi"}, "requests": {"cpu": "1", "memory": "10Gi"}},
         selector={"node-pool": "highmem"}, message=MSG_SELECTOR, generation=1, revision="1"),
    dict(ns="data", name="embedding-indexer", replicas=6, created=hms(6, 48, 11), deploy_created=hms(6, 48, 10),
         image="registry.cn-hangzhou.aliyuncs.com/acme-data/embedding-server:v1.4.0",
         args=["--mode=index", "--batch-size=256"], part_of="data-platform", version="v1.4.0",
         resources={"limits": {"cpu": "4", "memory": "16Gi", "nvidia.com/gpu": "1"},
                    "requests": {"cpu": "2", "memory": "12Gi", "nvidia.com/gpu": "1"}},
         selector=None, message=MSG_GPU, generation=1, revision="1"),
]


def api_access_volume(name):
    return {"name": name, "projected": {"defaultMode": 420, "sources": [
        {"serviceAccountToken": {"expirationSeconds": 3607, "path": "token"}},
        {"configMap": {"items": [{"key": "ca.crt", "path": "ca.crt"}], "name": "kube-root-ca.crt"}},
        {"downwardAPI": {"items": [{"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.namespace"},
                                    "path": "namespace"}]}}]}}


def container(w, mounts):
    return {"args": w["args"], "image": w["image"], "imagePullPolicy": "IfNotPresent", "name": w["name"],
            "resources": w["resources"], "terminationMessagePath": "/dev/termination-log",
            "terminationMessagePolicy": "File", "volumeMounts": mounts}


def labels(w):
    return {"app.kubernetes.io/name": w["name"], "app.kubernetes.io/part-of": w["part_of"],
            "app.kubernetes.io/version": w["version"]}


def pending_pods(w):
    w["hash"] = suffix(10)
    w["rs_uid"] = uid()
    w["pods"] = []
    out = []
    for i in range(w["replicas"]):
        created = plus(w["created"], i * 2 // w["replicas"] if w["replicas"] > 20 else 0)
        token = "kube-api-access-" + suffix(5)
        name = f"{w['name']}-{w['hash']}-{suffix(5)}"
        spec = {"containers": [container(w, [{"mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
                                               "name": token, "readOnly": True}])],
                "dnsPolicy": "ClusterFirst", "enableServiceLinks": True,
                "preemptionPolicy": "PreemptLowerPriority", "priority": 0, "restartPolicy": "Always",
                "schedulerName": "default-scheduler", "securityContext": {}, "serviceAccount": "default",
                "serviceAccountName": "default", "terminationGracePeriodSeconds": 30,
                "tolerations": copy.deepcopy(DEFAULT_TOLERATIONS), "volumes": [api_access_volume(token)]}
        if w["selector"]:
            spec["nodeSelector"] = w["selector"]
        pod = {"apiVersion": "v1", "kind": "Pod",
               "metadata": {"creationTimestamp": created, "generateName": f"{w['name']}-{w['hash']}-",
                            "labels": dict(labels(w), **{"pod-template-hash": w["hash"]}), "name": name,
                            "namespace": w["ns"],
                            "ownerReferences": [{"apiVersion": "apps/v1", "blockOwnerDeletion": True,
                                                 "controller": True, "kind": "ReplicaSet",
                                                 "name": f"{w['name']}-{w['hash']}", "uid": w["rs_uid"]}],
                            "resourceVersion": rv(), "uid": uid()},
               "spec": spec,
               "status": {"conditions": [{"lastProbeTime": None, "lastTransitionTime": plus(created, 1),
                                          "message": w["message"], "reason": "Unschedulable", "status": "False",
                                          "type": "PodScheduled"}],
                          "phase": "Pending", "qosClass": "Burstable"}}
        w["pods"].append(pod)
        out.append(pod)
    return out


def deployment(w):
    tmpl_spec = {"containers": [container(w, [])], "dnsPolicy": "ClusterFirst", "restartPolicy": "Always",
                 "schedulerName": "default-scheduler", "securityContext": {}, "serviceAccount": "default",
                 "serviceAccountName": "default", "terminationGracePeriodSeconds": 30}
    del tmpl_spec["containers"][0]["volumeMounts"]
    if w["selector"]:
        tmpl_spec["nodeSelector"] = w["selector"]
    rs = f"{w['name']}-{w['hash']}"
    progressing_since = w["deploy_created"] if w["generation"] == 1 else w["created"]
    return {"apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"annotations": {"deployment.kubernetes.io/revision": w["revision"]},
                         "creationTimestamp": w["deploy_created"], "generation": w["generation"],
                         "labels": {"app.kubernetes.io/name": w["name"]}, "name": w["name"], "namespace": w["ns"],
                         "resourceVersion": rv(), "uid": uid()},
            "spec": {"progressDeadlineSeconds": 600, "replicas": w["replicas"], "revisionHistoryLimit": 10,
                     "selector": {"matchLabels": {"app.kubernetes.io/name": w["name"]}},
                     "strategy": {"rollingUpdate": {"maxSurge": "25%", "maxUnavailable": "25%"},
                                  "type": "RollingUpdate"},
                     "template": {"metadata": {"creationTimestamp": None, "labels": labels(w)}, "spec": tmpl_spec}},
            "status": {"conditions": [
                {"lastTransitionTime": w["created"], "lastUpdateTime": w["created"],
                 "message": "Deployment does not have minimum availability.", "reason": "MinimumReplicasUnavailable",
                 "status": "False", "type": "Available"},
                {"lastTransitionTime": plus(progressing_since, 600), "lastUpdateTime": plus(progressing_since, 600),
                 "message": f"ReplicaSet \"{rs}\" has timed out progressing.", "reason": "ProgressDeadlineExceeded",
                 "status": "False", "type": "Progressing"}],
                "observedGeneration": w["generation"], "replicas": w["replicas"],
                "unavailableReplicas": w["replicas"], "updatedReplicas": w["replicas"]}}


def by_name(items, name, ns=None):
    for x in items:
        if x["metadata"]["name"] == name and (ns is None or x["metadata"].get("namespace") == ns):
            return x
    raise KeyError(name)


COREDNS_BAD = "coredns-ck7qk5rx74-mm5cc"
API_RESTART = hms(7, 10, 13)
API_OOM = hms(7, 10, 11)


def crashing_coredns(pod):
    st = pod["status"]
    for c in st["conditions"]:
        if c["type"] in ("Ready", "ContainersReady"):
            c["status"] = "False"
            c["lastTransitionTime"] = hms(7, 57, 46)
            c["reason"] = "ContainersNotReady"
            c["message"] = "containers with unready status: [coredns]"
    cs = st["containerStatuses"][0]
    cs["containerID"] = "containerd://" + hexid(64)
    cs["lastState"] = {"terminated": {"containerID": cs["containerID"], "exitCode": 137,
                                      "finishedAt": hms(7, 57, 46), "reason": "OOMKilled",
                                      "startedAt": hms(7, 57, 12)}}
    cs["ready"] = False
    cs["restartCount"] = 9
    cs["started"] = False
    cs["state"] = {"waiting": {"message": "back-off 5m0s restarting failed container=coredns "
                                          f"pod={COREDNS_BAD}_kube-system({pod['metadata']['uid']})",
                               "reason": "CrashLoopBackOff"}}
    pod["metadata"]["resourceVersion"] = rv()


def restarted_apiserver(pod):
    st = pod["status"]
    cs = st["containerStatuses"][0]
    old = cs["containerID"]
    cs["lastState"] = {"terminated": {"containerID": old, "exitCode": 137, "finishedAt": API_OOM,
                                      "reason": "OOMKilled", "startedAt": cs["state"]["running"]["startedAt"]}}
    cs["containerID"] = "containerd://" + hexid(64)
    cs["restartCount"] = 1
    cs["state"] = {"running": {"startedAt": API_RESTART}}
    for c in st["conditions"]:
        if c["type"] in ("Ready", "ContainersReady"):
            c["lastTransitionTime"] = hms(7, 10, 31)
    pod["metadata"]["resourceVersion"] = rv()


def pods_and_workloads():
    pods = load("pods.json")
    for w in NEW:
        pods["items"].extend(pending_pods(w))
    crashing_coredns(by_name(pods["items"], COREDNS_BAD))
    restarted_apiserver(by_name(pods["items"], "kube-apiserver-cp-3"))
    dump("pods.json", pods)
    deps = load("deployments.json")
    deps["items"].extend(deployment(w) for w in NEW)
    deps["items"].sort(key=lambda d: (d["metadata"]["namespace"], d["metadata"]["name"]))
    coredns = by_name(deps["items"], "coredns", "kube-system")
    coredns["status"]["readyReplicas"] = 1
    coredns["status"]["availableReplicas"] = 1
    coredns["status"]["unavailableReplicas"] = 1
    coredns["metadata"]["resourceVersion"] = rv()
    dump("deployments.json", deps)
    slices = load("endpointslices.json")
    dns = by_name(slices["items"], "kube-dns-l4x8m")
    for e in dns["endpoints"]:
        if e["targetRef"]["name"] == COREDNS_BAD:
            e["conditions"] = {"ready": False, "serving": False, "terminating": False}
    dns["metadata"]["annotations"]["endpoints.kubernetes.io/last-change-trigger-time"] = hms(7, 57, 46)
    dns["metadata"]["generation"] += 1
    dns["metadata"]["resourceVersion"] = rv()
    dump("endpointslices.json", slices)
    return pods


def node_leases(pods):
    leases = load("leases.json")
    nodes = load("nodes.json")
    for n in sorted(nodes["items"], key=lambda n: n["metadata"]["name"]):
        name = n["metadata"]["name"]
        if name == "general-7":
            renew = hms(7, 41, 18, 482915)
        else:
            # before the kube-controller-manager's renewal at 07:59:59.480213, the newest write of the snapshot
            renew = hms(7, 59, R.randint(50, 58), R.randint(0, 999999))
        leases["items"].append({"apiVersion": "coordination.k8s.io/v1", "kind": "Lease",
                                "metadata": {"creationTimestamp": n["metadata"]["creationTimestamp"], "name": name,
                                             "namespace": "kube-node-lease",
                                             "ownerReferences": [{"apiVersion": "v1", "kind": "Node", "name": name,
                                                                  "uid": n["metadata"]["uid"]}],
                                             "resourceVersion": rv(), "uid": uid()},
                                "spec": {"holderIdentity": name, "leaseDurationSeconds": 40, "renewTime": renew}})
    for lease in leases["items"]:
        if lease["metadata"].get("labels", {}).get("kubernetes.io/hostname") == "cp-3":
            # a new process, a new identity (the lease name is the host's)
            lease["spec"]["holderIdentity"] = lease["metadata"]["name"] + "_" + uid()
    leases["items"].sort(key=lambda l: (l["metadata"]["namespace"], l["metadata"]["name"]))
    dump("leases.json", leases)
    return leases


# --- etcd: cp-3's never-defragmented file reached its quota; NOSPACE is raised cluster-wide -----------------
CP1, CP2, CP3 = 12249742271540127001, 4827155813026455622, 16013942880412066489
CLUSTER = 14841639068965178418
QUOTA = 8589934592
CP3_DB = QUOTA - 16384
NOSPACE_ERR = f"memberID:{CP3} alarm:NOSPACE "


def etcd():
    def status(ip, member, db, inuse, index):
        return (f'{{"Endpoint":"https://{ip}:2379","Status":{{"header":{{"cluster_id":{CLUSTER},"member_id":{member},'
                f'"revision":918273645,"raft_term":14}},"version":"3.5.15","dbSize":{db},"leader":{CP1},'
                f'"raftIndex":{index},"raftTerm":14,"raftAppliedIndex":{index},"errors":["{NOSPACE_ERR}"],'
                f'"dbSizeInUse":{inuse}}}}}')
    rows = [status("10.0.0.11", CP1, 1503657984, 1388318720, 1044731228),
            status("10.0.0.12", CP2, 1512046592, 1388843008, 1044731228),
            status("10.0.0.13", CP3, CP3_DB, 1389367296, 1044731225)]
    with open(f"{DIR}/etcd-endpoint-status.json", "w") as f:
        f.write("[" + ",".join(rows) + "]\n")
    health = [f'{{"endpoint":"https://{ip}:2379","health":false,"took":"{took}","error":"Active Alarm(s): NOSPACE "}}'
              for ip, took in (("10.0.0.11", "10.361204ms"), ("10.0.0.12", "12.857093ms"),
                               ("10.0.0.13", "41.092377ms"))]
    with open(f"{DIR}/etcd-endpoint-health.json", "w") as f:
        f.write("[" + ",".join(health) + "]\n")
    with open(f"{DIR}/etcd-alarm-list.json", "w") as f:
        f.write(f'{{"header":{{"cluster_id":{CLUSTER},"member_id":{CP1},"revision":918273645,"raft_term":14}},'
                f'"alarms":[{{"memberID":{CP3},"alarm":1}}]}}\n')


# --- the API server's /metrics: cp-3's kube-apiserver, restarted at 07:10:13 after an OOM kill ----------------
BOUNDS = [0.005, 0.025, 0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 1, 1.25, 1.5, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 45, 60]
START = 1795158613.42  # 2026-11-20T07:10:13.42Z
CAPTURE = 1795161599.480213  # 2026-11-20T07:59:59.480213Z, the newest write of the objects
# cumulative share of the observed requests at each bound, the rest in +Inf
FAST = [0.31, 0.82, 0.93, 0.975, 0.991, 0.9965, 0.998, 0.9989, 0.9994, 0.9996, 0.9997, 0.99985, 0.99993, 0.99997,
        1, 1, 1, 1, 1, 1, 1, 1, 1]
WRITE = [0.04, 0.55, 0.81, 0.93, 0.975, 0.9915, 0.996, 0.998, 0.9989, 0.9993, 0.9996, 0.9998, 0.99992, 0.99997,
         1, 1, 1, 1, 1, 1, 1, 1, 1]
SMALL_LIST = [0.01, 0.35, 0.62, 0.84, 0.95, 0.985, 0.993, 0.996, 0.998, 0.9988, 0.9993, 0.9997, 0.9999, 1,
              1, 1, 1, 1, 1, 1, 1, 1, 1]
# full LISTs of every pod, read from etcd (no resourceVersion, so not from the watch cache); the 504s are
# requests cut at the 60 s request timeout, observed above the highest bound
STORM = [0, 0.002, 0.006, 0.02, 0.05, 0.11, 0.18, 0.26, 0.35, 0.45, 0.54, 0.68, 0.85, 0.95, 0.987, 0.992,
         0.9935, 0.9941, 0.9944, 0.9945, 0.9946, 0.9947, 0.9948]

# verb, group, resource, scope, {code: count}, shape
SERIES = [
    ("GET", "", "pods", "namespace", {"200": 4779, "404": 37, "429": 212}, FAST),
    ("GET", "", "nodes", "cluster", {"200": 1911}, FAST),
    ("GET", "coordination.k8s.io", "leases", "namespace", {"200": 9856}, FAST),
    ("GET", "", "configmaps", "namespace", {"200": 1195, "404": 12}, FAST),
    ("LIST", "", "pods", "cluster", {"200": 358420, "429": 53760, "504": 1870}, STORM),
    ("LIST", "", "configmaps", "cluster", {"200": 96}, SMALL_LIST),
    ("LIST", "discovery.k8s.io", "endpointslices", "cluster", {"200": 61}, SMALL_LIST),
    ("LIST", "", "nodes", "cluster", {"200": 33}, SMALL_LIST),
    ("POST", "", "events", "namespace", {"201": 1643, "500": 24}, WRITE),
    ("PATCH", "", "events", "namespace", {"200": 2389, "500": 9}, WRITE),
    ("PUT", "coordination.k8s.io", "leases", "namespace", {"200": 9856, "500": 31}, WRITE),
    ("PATCH", "", "pods", "namespace", {"200": 508, "500": 7}, WRITE),
    ("PATCH", "", "nodes", "cluster", {"200": 806, "500": 3}, WRITE, "status"),
    ("DELETE", "", "pods", "namespace", {"200": 41}, WRITE),
]
FAST_500 = 0.004  # a write etcd refuses with NOSPACE fails in milliseconds


def labels_of(verb, group, resource, scope, sub=""):
    return (f'component="apiserver",dry_run="",group="{group}",resource="{resource}",scope="{scope}",'
            f'subresource="{sub}",verb="{verb}",version="v1"')


def go(x):
    """A float as Go's strconv.FormatFloat(x, 'g', -1, 64) prints it, as the Prometheus text format does."""
    x = float(x)
    for p in range(1, 18):
        e = "%.*e" % (p - 1, x)
        if float(e) == x:
            break
    mant, exp = e.split("e")
    exp = int(exp)
    digits = mant.replace(".", "").replace("-", "")
    if exp < -4 or exp >= 6:
        return f"{mant}e{'+' if exp >= 0 else '-'}{abs(exp):02d}"
    return ("%.*f" % (max(0, len(digits) - 1 - exp), x))


def histogram(codes, shape):
    refused = codes.get("500", 0)
    observed = sum(v for k, v in codes.items() if k != "429")
    rest = observed - refused
    cumulative = [round(f * rest) + refused for f in shape]
    for i in range(1, len(cumulative)):
        cumulative[i] = max(cumulative[i], cumulative[i - 1])
    total = refused * FAST_500
    below, lower = refused, 0.0
    for bound, c in zip(BOUNDS, cumulative):
        total += (c - below) * (lower + bound) / 2
        below, lower = c, bound
    total += (observed - below) * 60.02
    return cumulative, observed, round(total, 6)


def quantile(q, cumulative, observed):
    rank = q * observed
    prev_c, prev_b = 0, 0.0
    for bound, c in zip(BOUNDS, cumulative):
        if c >= rank:
            return prev_b + (bound - prev_b) * ((rank - prev_c) / (c - prev_c)) if c > prev_c else bound
        prev_c, prev_b = c, bound
    return BOUNDS[-1]


def order(series):
    verb, group, resource, scope, codes, shape, *sub = series
    return labels_of(verb, group, resource, scope, *sub)


def metrics(pod_count, deployments, leases_count, events_count):
    out = []
    out.append("# HELP apiserver_current_inflight_requests [STABLE] Maximal number of currently used inflight request "
               "limit of this apiserver per request kind in last second.")
    out.append("# TYPE apiserver_current_inflight_requests gauge")
    out.append('apiserver_current_inflight_requests{request_kind="mutating"} 41')
    out.append('apiserver_current_inflight_requests{request_kind="readOnly"} 783')
    out.append("# HELP apiserver_request_duration_seconds [STABLE] Response latency distribution in seconds for each "
               "verb, dry run value, group, version, resource, subresource, scope and component.")
    out.append("# TYPE apiserver_request_duration_seconds histogram")
    per_verb = {}
    for verb, group, resource, scope, codes, shape, *sub in sorted(SERIES, key=order):
        cumulative, observed, total = histogram(codes, shape)
        lab = labels_of(verb, group, resource, scope, *sub)
        for bound, c in zip(BOUNDS, cumulative):
            out.append(f'apiserver_request_duration_seconds_bucket{{{lab},le="{go(bound)}"}} {go(c)}')
        out.append(f'apiserver_request_duration_seconds_bucket{{{lab},le="+Inf"}} {go(observed)}')
        out.append(f"apiserver_request_duration_seconds_sum{{{lab}}} {go(total)}")
        out.append(f"apiserver_request_duration_seconds_count{{{lab}}} {go(observed)}")
        merged = per_verb.setdefault(verb, [[0] * len(BOUNDS), 0])
        merged[0] = [a + b for a, b in zip(merged[0], cumulative)]
        merged[1] += observed
    out.append("# HELP apiserver_request_total [STABLE] Counter of apiserver requests broken out for each verb, dry "
               "run value, group, version, resource, scope, component, and HTTP response code.")
    out.append("# TYPE apiserver_request_total counter")
    rows = []
    for verb, group, resource, scope, codes, shape, *sub in SERIES:
        for code in codes:
            rows.append((f'apiserver_request_total{{code="{code}",{labels_of(verb, group, resource, scope, *sub)}}}',
                         codes[code]))
    for name, value in sorted(rows):
        out.append(f"{name} {go(value)}")
    out.append("# HELP apiserver_storage_objects [STABLE] Number of stored objects at the time of last check split by "
               "kind. In case of a fetching error, the value will be -1.")
    out.append("# TYPE apiserver_storage_objects gauge")
    objects = {"configmaps": 24, "csidrivers.storage.k8s.io": 2, "csinodes.storage.k8s.io": 24,
               "daemonsets.apps": 4, "deployments.apps": deployments,
               "endpointslices.discovery.k8s.io": 18, "events": events_count,
               "leases.coordination.k8s.io": leases_count, "namespaces": 10,
               "networkpolicies.networking.k8s.io": 3, "nodes": 24, "persistentvolumeclaims": 8,
               "persistentvolumes": 8, "pods": pod_count, "replicasets.apps": 61, "secrets": 7, "services": 18,
               "storageclasses.storage.k8s.io": 3, "volumeattachments.storage.k8s.io": 6}
    for k in sorted(objects):
        out.append(f'apiserver_storage_objects{{resource="{k}"}} {go(objects[k])}')
    out.append("# HELP process_start_time_seconds [STABLE] Start time of the process since unix epoch in seconds.")
    out.append("# TYPE process_start_time_seconds gauge")
    out.append("process_start_time_seconds " + go(START))
    with open(f"{DIR}/apiserver-metrics.txt", "w") as f:
        f.write("\n".join(out) + "\n")
    seconds = CAPTURE - START
    total = sum(sum(s[4].values()) for s in SERIES)
    print("interval s", round(seconds, 2))
    print("requests/s %.2f" % (total / seconds))
    print("429/s %.3f" % (sum(s[4].get("429", 0) for s in SERIES) / seconds))
    print("5xx/s %.3f" % (sum(v for s in SERIES for k, v in s[4].items() if k.startswith("5")) / seconds))
    for verb, (cum, obs) in sorted(per_verb.items()):
        print("p99", verb, "%.3f" % quantile(0.99, cum, obs), "requests", obs,
              "above highest" if cum[-1] < 0.99 * obs else "")
    top = max(SERIES, key=lambda s: sum(s[4].values()))
    print("top", top[0], top[2], sum(top[4].values()), "of", total)

# --- events: what `kubectl get events -A -o json` holds (the API server keeps them an hour after their last update)
EVENTS = []


def involved(obj):
    m = obj["metadata"]
    ref = {"apiVersion": obj["apiVersion"], "kind": obj["kind"], "name": m["name"], "uid": m["uid"],
           "resourceVersion": m["resourceVersion"]}
    if m.get("namespace"):
        ref["namespace"] = m["namespace"]
    return ref


def legacy(obj, etype, reason, message, first, last, count, source, field=None):
    """An event written by a client-go EventRecorder of the core/v1 API (kubelet, controllers)."""
    ref = involved(obj)
    if field:
        ref["fieldPath"] = field
    ns = obj["metadata"].get("namespace", "default")
    EVENTS.append({"apiVersion": "v1", "kind": "Event", "count": count, "eventTime": None, "firstTimestamp": first,
                   "involvedObject": ref, "lastTimestamp": last, "message": message,
                   "metadata": {"creationTimestamp": first, "name": f"{obj['metadata']['name']}.{hexid()}",
                                "namespace": ns, "resourceVersion": rv(), "uid": uid()},
                   "reason": reason, "reportingComponent": source.get("component", ""), "reportingInstance": "",
                   "source": source, "type": etype})


def scheduler_event(pod, last, count):
    """FailedScheduling as the scheduler writes it, through events.k8s.io/v1: eventTime and series, no timestamps."""
    first = pod["status"]["conditions"][0]["lastTransitionTime"]
    event = {"action": "Scheduling", "apiVersion": "v1", "eventTime": first[:-1] + ".%06dZ" % R.randint(0, 999999),
             "firstTimestamp": None, "involvedObject": involved(pod), "kind": "Event", "lastTimestamp": None,
             "message": pod["status"]["conditions"][0]["message"],
             "metadata": {"creationTimestamp": first, "name": f"{pod['metadata']['name']}.{hexid()}",
                          "namespace": pod["metadata"]["namespace"], "resourceVersion": rv(), "uid": uid()},
             "reason": "FailedScheduling", "reportingComponent": "default-scheduler",
             "reportingInstance": "default-scheduler-cp-2", "source": {}, "type": "Warning"}
    if count > 1:
        event["series"] = {"count": count, "lastObservedTime": last}
    EVENTS.append(event)


def events(pods):
    items = pods["items"]
    nodes = {n["metadata"]["name"]: n for n in load("nodes.json")["items"]}
    pod = {p["metadata"]["name"]: p for p in items}
    # general-7 stops answering: the node controller, then the taint manager after the 300 s toleration
    legacy(nodes["general-7"], "Normal", "NodeNotReady", "Node general-7 status is now: NodeNotReady",
           hms(7, 42, 0), hms(7, 42, 0), 1, {"component": "node-controller"})
    on_general7 = sorted(p["metadata"]["name"] for p in items if p["spec"].get("nodeName") == "general-7")
    for name in on_general7:
        ready = [c for c in pod[name]["status"]["conditions"] if c["type"] == "Ready"][0]["lastTransitionTime"]
        legacy(pod[name], "Warning", "NodeNotReady", "Node is not ready", ready, ready, 1,
               {"component": "node-controller"})
        if pod[name]["metadata"].get("deletionTimestamp"):
            legacy(pod[name], "Normal", "TaintManagerEviction",
                   f"Marking for deletion Pod {pod[name]['metadata']['namespace']}/{name}", hms(7, 47, 5),
                   hms(7, 47, 5), 1, {"component": "taint-eviction-controller"})
    # every unschedulable pod: retried at least every 5 minutes, and on each node update
    for p in items:
        c = p["status"].get("conditions", [{}])[0]
        if c.get("type") == "PodScheduled" and c.get("status") == "False":
            first = c["lastTransitionTime"]
            minutes = (8 * 60) - (int(first[11:13]) * 60 + int(first[14:16]))
            scheduler_event(p, hms(7, 59 - R.randint(0, 3), R.randint(0, 58), R.randint(0, 999999)),
                            1 + minutes // 5 + R.randint(0, 3))
    # CoreDNS on general-4 is OOM-killed at its 170Mi limit and backs off
    dns = pod[COREDNS_BAD]
    kubelet4 = {"component": "kubelet", "host": "general-4"}
    field = "spec.containers{coredns}"
    legacy(dns, "Normal", "Pulled", 'Container image "registry.k8s.io/coredns/coredns:v1.11.3" already present on '
           "machine", hms(7, 33, 27), hms(7, 57, 12), 9, kubelet4, field)
    legacy(dns, "Normal", "Created", "Created container coredns", hms(7, 33, 27), hms(7, 57, 12), 9, kubelet4, field)
    legacy(dns, "Normal", "Started", "Started container coredns", hms(7, 33, 28), hms(7, 57, 12), 9, kubelet4, field)
    legacy(dns, "Warning", "Unhealthy", 'Readiness probe failed: Get "http://10.244.6.2:8181/ready": dial tcp '
           "10.244.6.2:8181: connect: connection refused", hms(7, 33, 31), hms(7, 57, 51), 14, kubelet4, field)
    legacy(dns, "Warning", "BackOff", f"Back-off restarting failed container coredns in pod "
           f"{COREDNS_BAD}_kube-system({dns['metadata']['uid']})", hms(7, 33, 40), hms(7, 59, 48), 103, kubelet4,
           field)
    # the API server on cp-3 dies in a system OOM (it has no memory limit) and comes back
    api = pod["kube-apiserver-cp-3"]
    kubelet3 = {"component": "kubelet", "host": "cp-3"}
    legacy(nodes["cp-3"], "Warning", "SystemOOM", "System OOM encountered, victim process: kube-apiserver, pid: 1843",
           API_OOM, API_OOM, 1, kubelet3)
    field = "spec.containers{kube-apiserver}"
    legacy(api, "Normal", "Pulled", 'Container image "registry.k8s.io/kube-apiserver:v1.30.6" already present on '
           "machine", hms(7, 10, 12), hms(7, 10, 12), 1, kubelet3, field)
    legacy(api, "Normal", "Created", "Created container kube-apiserver", hms(7, 10, 12), hms(7, 10, 12), 1, kubelet3,
           field)
    legacy(api, "Normal", "Started", "Started container kube-apiserver", hms(7, 10, 13), hms(7, 10, 13), 1, kubelet3,
           field)
    legacy(api, "Warning", "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 500",
           hms(7, 10, 19), hms(7, 10, 29), 3, kubelet3, field)
    # the demo's older troubles, still going on
    ledger = pod["ledger-sync-86bwr8qssr-qxq6l"]
    legacy(ledger, "Warning", "BackOff", "Back-off restarting failed container ledger-sync in pod "
           f"ledger-sync-86bwr8qssr-qxq6l_payments({ledger['metadata']['uid']})", "2026-11-20T05:02:13Z",
           hms(7, 59, 31), 811, {"component": "kubelet", "host": "general-6"}, "spec.containers{ledger-sync}")
    rec = pod["recommendation-n6wpvnkn6w-w2msx"]
    image = "registry.cn-hangzhou.aliyuncs.com/acme-shop/recommendation:v2.4.0"
    kubelet8 = {"component": "kubelet", "host": "general-8"}
    field = "spec.containers{recommendation}"
    legacy(rec, "Warning", "Failed", f'Failed to pull image "{image}": rpc error: code = NotFound desc = failed to '
           f'pull and unpack image "{image}": failed to resolve reference "{image}": {image}: not found',
           "2026-11-20T06:40:19Z", hms(7, 57, 3), 22, kubelet8, field)
    legacy(rec, "Warning", "Failed", "Error: ErrImagePull", "2026-11-20T06:40:19Z", hms(7, 57, 3), 22, kubelet8,
           field)
    legacy(rec, "Warning", "Failed", "Error: ImagePullBackOff", "2026-11-20T06:40:45Z", hms(7, 59, 39), 401, kubelet8,
           field)
    legacy(rec, "Normal", "BackOff", f'Back-off pulling image "{image}"', "2026-11-20T06:40:45Z", hms(7, 59, 39), 401,
           kubelet8, field)
    redis = pod["redis-0"]
    legacy(redis, "Warning", "FailedAttachVolume", 'AttachVolume.Attach failed for volume "d-bp1ciyn4s62hgt5c4of0" : '
           "rpc error: code = Unavailable desc = driver name diskplugin.csi.alibabacloud.com not found in the list of "
           "registered CSI drivers", "2026-11-20T06:58:02Z", hms(7, 58, 29), 41,
           {"component": "attachdetach-controller"})
    legacy(redis, "Warning", "FailedMount", "Unable to attach or mount volumes: unmounted volumes=[data], unattached "
           "volumes=[data], failed to process volumes=[]: timed out waiting for the condition", "2026-11-20T07:00:04Z",
           hms(7, 58, 10), 27, {"component": "kubelet", "host": "memory-5"})
    csi = pod["csi-plugin-vg65q"]
    legacy(csi, "Warning", "BackOff", "Back-off restarting failed container disk-driver-registrar in pod "
           f"csi-plugin-vg65q_kube-system({csi['metadata']['uid']})", "2026-11-19T14:24:10Z", hms(7, 59, 12), 4377,
           {"component": "kubelet", "host": "memory-5"}, "spec.containers{disk-driver-registrar}")
    legacy(nodes["memory-4"], "Warning", "EvictionThresholdMet", "Attempting to reclaim ephemeral-storage",
           "2026-11-20T06:12:40Z", hms(7, 58, 55), 19, {"component": "kubelet", "host": "memory-4"})
    # the scale-ups that made the pending pods
    deps = {(d["metadata"]["namespace"], d["metadata"]["name"]): d for d in load("deployments.json")["items"]}
    for w in NEW:
        d = deps[(w["ns"], w["name"])]
        rs = f"{w['name']}-{w['hash']}"
        legacy(d, "Normal", "ScalingReplicaSet", f"Scaled up replica set {rs} to {w['replicas']}"
               + (" from 0" if w["generation"] > 1 else ""), w["created"], w["created"], 1,
               {"component": "deployment-controller"})
    EVENTS.sort(key=lambda e: (e["metadata"]["namespace"], e["metadata"]["name"]))
    dump("events.json", {"apiVersion": "v1", "items": EVENTS, "kind": "List", "metadata": {"resourceVersion": ""}})
    return len(EVENTS)


pods = pods_and_workloads()
leases = node_leases(pods)
etcd()
n_events = events(pods)
metrics(len(pods["items"]), len(load("deployments.json")["items"]), len(leases["items"]), n_events)
print("pods", len(pods["items"]), "events", n_events, "leases", len(leases["items"]))
