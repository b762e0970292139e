package dev.kubeprint.etcd;

/** The colour of the etcd panel and of each member row. */
public enum EtcdHealth {

	HEALTHY, DEGRADED, DOWN, UNKNOWN;

	public String cssClass() {
		return "health-" + name().toLowerCase();
	}

}
