package dev.kubeprint.cluster.facts;

/** CPU in millicores, memory in bytes, pods as a count: what a node offers or a pod asks for. */
public record Resources(long cpuMillis, long memoryBytes, long pods) {

	public static final Resources NONE = new Resources(0, 0, 0);

}
