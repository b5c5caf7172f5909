@node "%npm_config_node_gyp%" %*
