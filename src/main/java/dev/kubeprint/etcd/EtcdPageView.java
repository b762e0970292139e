package dev.kubeprint.etcd;

import dev.kubeprint.health.ComponentView;

/**
 * The etcd page: etcd read directly when it can be, and what the API shows of it always.
 *
 * @param direct the members, quorum, database and latencies as etcd itself answers; null when etcd is not read
 * @param absent why etcd is not read directly, in words
 * @param asSeenByTheApi the etcd row of the control-plane table: its pods, their readiness and the quorum they
 * imply
 */
public record EtcdPageView(EtcdView direct, String absent, ComponentView asSeenByTheApi) {
}
