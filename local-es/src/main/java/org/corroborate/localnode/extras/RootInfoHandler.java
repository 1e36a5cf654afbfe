package org.corroborate.localnode.extras;

import java.util.List;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.state.ClusterStateRequest;
import org.elasticsearch.action.admin.cluster.state.ClusterStateResponse;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterName;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.node.Node;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.rest.action.RestBuilderListener;
import org.elasticsearch.xcontent.XContentBuilder;

/**
 * {@code GET /} and {@code HEAD /}: the standard info document, with every field the official
 * Java client's {@code info()} reads. The cluster UUID comes from the cluster state.
 */
final class RootInfoHandler extends BaseRestHandler {
    private final String nodeName;
    private final String clusterName;

    RootInfoHandler(Settings settings) {
        this.nodeName = Node.NODE_NAME_SETTING.get(settings);
        this.clusterName = ClusterName.CLUSTER_NAME_SETTING.get(settings).value();
    }

    @Override
    public String getName() {
        return "corroborate_root_info";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        ClusterStateRequest state = new ClusterStateRequest(TimeValue.timeValueSeconds(30)).clear().metadata(true);
        return channel -> client.admin().cluster().state(state, new RestBuilderListener<ClusterStateResponse>(channel) {
            @Override
            public RestResponse buildResponse(ClusterStateResponse response, XContentBuilder builder) throws Exception {
                writeInfo(builder, response.getState().metadata().clusterUUID());
                return new RestResponse(RestStatus.OK, builder);
            }
        });
    }

    private void writeInfo(XContentBuilder builder, String clusterUuid) throws java.io.IOException {
        Build build = Build.current();
        builder.startObject()
                .field("name", nodeName)
                .field("cluster_name", clusterName)
                .field("cluster_uuid", clusterUuid)
                .startObject("version")
                .field("number", build.qualifiedVersion())
                .field("build_flavor", build.flavor())
                .field("build_type", build.type().displayName())
                .field("build_hash", build.hash())
                .field("build_date", build.date())
                .field("build_snapshot", build.isSnapshot())
                .field("lucene_version", org.apache.lucene.util.Version.LATEST.toString())
                .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                .endObject()
                .field("tagline", "You Know, for Search")
                .endObject();
    }
}
