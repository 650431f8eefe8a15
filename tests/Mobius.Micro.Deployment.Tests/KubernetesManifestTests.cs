using k8s;
using k8s.Models;

namespace Mobius.Micro.Deployment.Tests;

/// <summary>
/// Every rendered manifest is valid for the Kubernetes API (see <see cref="RenderedManifests"/>), and
/// carries what issue 7 asks of a deployment: probes, requests and limits, non-root read-only
/// containers, an autoscaler for each decoder, disruption budgets and closed-by-default ingress.
/// </summary>
public sealed class KubernetesManifestTests(RenderedManifests manifests) : IClassFixture<RenderedManifests>
{
    private static readonly string[] Services = ["object-store", "enocean-decoder", "workocc-decoder", "connector-gateway"];

    public static TheoryData<string> Kustomizations() => [.. RenderedManifests.Kustomizations];

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Every_object_has_a_name_and_the_project_label(string kustomization)
    {
        var objects = manifests.Of(kustomization).Cast<IKubernetesObject<V1ObjectMeta>>().ToList();

        Assert.NotEmpty(objects);
        Assert.All(objects, o => Assert.False(string.IsNullOrEmpty(o.Metadata?.Name), $"a {o.Kind} without a name"));
        Assert.All(objects, o => Assert.Equal("mobius-micro", o.Metadata.Labels?["app.kubernetes.io/part-of"]));
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Every_service_runs_non_root_read_only_with_probes_requests_and_limits(string kustomization)
    {
        var deployments = manifests.Of(kustomization).OfType<V1Deployment>().ToDictionary(d => d.Metadata.Name);

        Assert.Equal(Services.Order(), deployments.Keys.Order());
        foreach (var deployment in deployments.Values)
        {
            var pod = deployment.Spec.Template.Spec;
            Assert.True(pod.SecurityContext.RunAsNonRoot, deployment.Metadata.Name);
            Assert.Equal(deployment.Spec.Selector.MatchLabels, deployment.Spec.Selector.MatchLabels.Intersect(deployment.Spec.Template.Metadata.Labels));
            var container = Assert.Single(pod.Containers);
            Assert.False(string.IsNullOrEmpty(container.Image));
            Assert.NotNull(container.StartupProbe);
            Assert.Equal("/health/live", container.LivenessProbe.HttpGet.Path);
            Assert.Equal("/health/ready", container.ReadinessProbe.HttpGet.Path);
            Assert.Contains("cpu", container.Resources.Requests.Keys);
            Assert.Contains("memory", container.Resources.Limits.Keys);
            Assert.True(container.SecurityContext.ReadOnlyRootFilesystem, deployment.Metadata.Name);
            Assert.False(container.SecurityContext.AllowPrivilegeEscalation, deployment.Metadata.Name);
            Assert.Contains("ALL", container.SecurityContext.Capabilities.Drop);
        }
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void The_decoders_autoscale_and_every_service_has_a_disruption_budget(string kustomization)
    {
        var objects = manifests.Of(kustomization);
        var deployments = objects.OfType<V1Deployment>().Select(d => d.Metadata.Name).ToHashSet();

        var autoscaled = objects.OfType<V2HorizontalPodAutoscaler>().ToList();
        Assert.Equal(["enocean-decoder", "workocc-decoder"], autoscaled.Select(h => h.Spec.ScaleTargetRef.Name).Order());
        Assert.All(autoscaled, h => Assert.Contains(h.Spec.ScaleTargetRef.Name, deployments));
        Assert.All(autoscaled, h => Assert.True(h.Spec.MinReplicas <= h.Spec.MaxReplicas));

        var budgets = objects.OfType<V1PodDisruptionBudget>().ToList();
        Assert.Equal(Services.Order(), budgets.Select(b => b.Spec.Selector.MatchLabels["app.kubernetes.io/name"]).Order());
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Ingress_is_closed_unless_a_policy_opens_it(string kustomization)
    {
        var policies = manifests.Of(kustomization).OfType<V1NetworkPolicy>().ToList();

        var denyAll = Assert.Single(policies, p => p.Spec.PodSelector.MatchLabels is null or { Count: 0 } && p.Spec.Ingress is null or { Count: 0 });
        Assert.Equal(["Ingress"], denyAll.Spec.PolicyTypes);
        Assert.Contains(policies, p => p.Spec.PodSelector.MatchLabels?.Contains(new("app.kubernetes.io/name", "object-store")) == true);
    }

    [Fact]
    public void Development_runs_its_servers_in_the_cluster_and_production_points_outside()
    {
        var dev = manifests.Of("dev").OfType<V1StatefulSet>().Select(s => s.Metadata.Name).Order();
        var prod = manifests.Of("prod");

        Assert.Equal(["mosquitto", "postgres", "rabbitmq", "redis"], dev);
        Assert.Empty(prod.OfType<V1StatefulSet>());
        Assert.All(manifests.Of("dev").Concat(prod).Cast<IKubernetesObject<V1ObjectMeta>>().Where(o => o is not V1Namespace), o => Assert.False(string.IsNullOrEmpty(o.Metadata.NamespaceProperty), $"{o.Kind} {o.Metadata.Name} has no namespace"));
        var settings = prod.OfType<V1ConfigMap>().Single(c => c.Metadata.Name == "mobius-settings");
        Assert.EndsWith(".example.internal", settings.Data["RabbitMq__Host"]);
        Assert.Equal(2, prod.OfType<V1Deployment>().Single(d => d.Metadata.Name == "connector-gateway").Spec.Replicas);
    }
}
