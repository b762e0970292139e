package dev.kubeprint.etcd;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.EtcdAlarmFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.etcd.EtcdView.Database;
import dev.kubeprint.i18n.Texts;

import static dev.kubeprint.etcd.EtcdFixtures.MIB;
import static dev.kubeprint.etcd.EtcdFixtures.cluster;
import static org.assertj.core.api.Assertions.assertThat;

class EtcdDatabaseTests {

	private final EtcdDatabase database = new EtcdDatabase(Texts.of(Locale.ENGLISH));

	private Database assess(EtcdFacts facts, Long configured) {
		return database.assess(facts, JoinedMember.join(facts), configured);
	}

	@Test
	void theLargestMemberAgainstEtcdsDefaultQuota() {
		Database db = assess(cluster(3, 3, 1, 100 * MIB, List.of()), null);
		assertThat(db.sizeBytes()).isEqualTo(300 * MIB);
		assertThat(db.quotaBytes()).isEqualTo(EtcdAnalyzer.DEFAULT_QUOTA_BYTES);
		assertThat(db.level()).isEqualTo(EtcdLevel.OK);
	}

	@Test
	void aConfiguredQuotaIsUsedAndAboveEightyPercentWarns() {
		Database db = assess(cluster(1, 1, 1, 900 * MIB, List.of()), 1024 * MIB);
		assertThat(db.quotaBytes()).isEqualTo(1024 * MIB);
		assertThat(db.level()).isEqualTo(EtcdLevel.WARNING);
	}

	@Test
	void aNospaceAlarmIsCriticalWhateverTheSize() {
		Database db = assess(cluster(1, 1, 1, MIB, List.of(new EtcdAlarmFact(1, EtcdAlarmFact.Type.NOSPACE))), null);
		assertThat(db.level()).isEqualTo(EtcdLevel.CRITICAL);
	}

	@Test
	void noMemberAnsweringLeavesTheSizeUnknown() {
		Database db = assess(cluster(3, 0, 0, MIB, List.of()), null);
		assertThat(db.sizeBytes()).isNull();
		assertThat(db.level()).isEqualTo(EtcdLevel.UNKNOWN);
	}

}
