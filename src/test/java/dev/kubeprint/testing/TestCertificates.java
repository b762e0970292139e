package dev.kubeprint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A CA, an etcd serving certificate for 127.0.0.1 and a client certificate, written as PEM the way kubeadm writes
 * them (keys as PKCS#1 "RSA PRIVATE KEY"), so TLS tests need no openssl.
 */
public final class TestCertificates {

	private TestCertificates() {
	}

	/**
	 * @param ca the CA certificate both sides trust
	 * @param clientCert like kubeadm's apiserver-etcd-client.crt
	 */
	public record Files(Path ca, Path serverCert, Path serverKey, Path clientCert, Path clientKey) {
	}

	public static Files write(Path dir) {
		try {
			KeyPair caKey = rsa();
			X500Name caName = new X500Name("CN=etcd-ca");
			X509v3CertificateBuilder ca = builder(caName, caName, caKey, 1);
			ca.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
			ca.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
			X509Certificate caCert = sign(ca, caKey);

			KeyPair serverKey = rsa();
			X509v3CertificateBuilder server = builder(caName, new X500Name("CN=etcd-server"), serverKey, 2);
			server.addExtension(Extension.subjectAlternativeName, false,
					new GeneralNames(new GeneralName[] { new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
							new GeneralName(GeneralName.dNSName, "localhost") }));
			server.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
					new KeyPurposeId[] { KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth }));
			X509Certificate serverCert = sign(server, caKey);

			KeyPair clientKey = rsa();
			X509v3CertificateBuilder client = builder(caName,
					new X500Name("O=system:masters,CN=kube-apiserver-etcd-client"), clientKey, 3);
			client.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
			X509Certificate clientCert = sign(client, caKey);

			Files files = new Files(dir.resolve("ca.crt"), dir.resolve("server.crt"), dir.resolve("server.key"),
					dir.resolve("apiserver-etcd-client.crt"), dir.resolve("apiserver-etcd-client.key"));
			pem(files.ca(), caCert);
			pem(files.serverCert(), serverCert);
			pem(files.serverKey(), serverKey.getPrivate());
			pem(files.clientCert(), clientCert);
			pem(files.clientKey(), clientKey.getPrivate());
			return files;
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException ex) {
			throw new IllegalStateException("cannot make test certificates", ex);
		}
	}

	private static KeyPair rsa() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return generator.generateKeyPair();
	}

	private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair key, long serial) {
		Instant now = Instant.now();
		return new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(serial),
				Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), subject,
				key.getPublic());
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuerKey)
			throws OperatorCreationException, GeneralSecurityException {
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey.getPrivate())));
	}

	private static void pem(Path file, Object object) {
		try (Writer out = java.nio.file.Files.newBufferedWriter(file); JcaPEMWriter pem = new JcaPEMWriter(out)) {
			pem.writeObject(object);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
