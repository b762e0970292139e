package dev.kubeprint.network;

import dev.kubeprint.cluster.facts.DaemonSetFact;
import dev.kubeprint.i18n.Texts;

/** Terway's DaemonSet is named for its mode in the ACK add-on: terway-eniip, terway-eni. */
final class TerwayMode implements CniMode.Reader {

	@Override
	public String cni() {
		return "terway";
	}

	@Override
	public CniMode read(CniMode.Inputs inputs, Texts t) {
		DaemonSetFact ds = inputs.daemonSet();
		if (ds == null) {
			return CniMode.UNKNOWN;
		}
		if (ds.name().equals("terway-eniip")) {
			return new CniMode("ENIIP", "DaemonSet " + ds.name());
		}
		if (ds.name().equals("terway-eni")) {
			return new CniMode("ENI", "DaemonSet " + ds.name());
		}
		return CniMode.UNKNOWN;
	}

}
