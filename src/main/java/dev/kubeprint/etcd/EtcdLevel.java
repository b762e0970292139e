package dev.kubeprint.etcd;

/** How a number compares with its alert threshold; UNKNOWN when the number could not be had. */
public enum EtcdLevel {

	OK, WARNING, CRITICAL, UNKNOWN;

	public String cssClass() {
		return "level-" + name().toLowerCase();
	}

}
